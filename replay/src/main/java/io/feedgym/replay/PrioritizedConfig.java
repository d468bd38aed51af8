package io.feedgym.replay;

/**
 * Hyperparameters of {@link PrioritizedReplayBuffer}; {@link #defaults()} are the proportional variant's
 * values of Schaul et al. 2016 (α = 0.6, β₀ = 0.4) with ε = 10⁻⁶ as in OpenAI Baselines.
 *
 * @param alpha how much prioritization is used, P(i) ∝ p_i^α (0 = uniform), in [0, 1]
 * @param beta0 the initial importance-sampling exponent β, in [0, 1]
 * @param betaSteps number of sampled batches over which β rises linearly from β₀ to 1, positive
 * @param epsilon added to |δ| so that no transition has priority 0, positive and finite
 */
public record PrioritizedConfig(double alpha, double beta0, long betaSteps, double epsilon) {

  public PrioritizedConfig {
    unitInterval("alpha", alpha);
    unitInterval("beta0", beta0);
    if (betaSteps <= 0) {
      throw new IllegalArgumentException("beta_steps must be positive, found " + betaSteps);
    }
    if (!(epsilon > 0) || !Double.isFinite(epsilon)) {
      throw new IllegalArgumentException("epsilon must be positive and finite, found " + epsilon);
    }
  }

  /** α = 0.6, β₀ = 0.4 annealed over 100,000 batches, ε = 10⁻⁶. */
  public static PrioritizedConfig defaults() {
    return new PrioritizedConfig(0.6, 0.4, 100_000, 1e-6);
  }

  public PrioritizedConfig withAlpha(double value) {
    return new PrioritizedConfig(value, beta0, betaSteps, epsilon);
  }

  public PrioritizedConfig withBeta0(double value) {
    return new PrioritizedConfig(alpha, value, betaSteps, epsilon);
  }

  public PrioritizedConfig withBetaSteps(long value) {
    return new PrioritizedConfig(alpha, beta0, value, epsilon);
  }

  public PrioritizedConfig withEpsilon(double value) {
    return new PrioritizedConfig(alpha, beta0, betaSteps, value);
  }

  /** β for the batch drawn after {@code batches} earlier ones: β₀ + (1 − β₀) · min(1, batches / beta_steps). */
  public double beta(long batches) {
    return beta0 + (1 - beta0) * Math.min(1.0, (double) batches / betaSteps);
  }

  private static void unitInterval(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be in [0, 1], found " + value);
    }
  }
}
