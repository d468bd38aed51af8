package io.feedgym.replay;

/**
 * Hyperparameters of {@link NStepStorage}; {@link #defaults()} is Rainbow's n = 3 (Hessel et al. 2018)
 * with γ = 0.99.
 *
 * @param n environment steps summed into one transition, positive
 * @param gamma discount factor of the summed rewards, in [0, 1]; the agent bootstraps with γ^steps
 */
public record NStepConfig(int n, double gamma) {

  public NStepConfig {
    if (n <= 0) {
      throw new IllegalArgumentException("n_step must be positive, found " + n);
    }
    if (!(gamma >= 0 && gamma <= 1)) {
      throw new IllegalArgumentException("gamma must be in [0, 1], found " + gamma);
    }
  }

  /** n = 3, γ = 0.99. */
  public static NStepConfig defaults() {
    return new NStepConfig(3, 0.99);
  }

  public NStepConfig withN(int value) {
    return new NStepConfig(value, gamma);
  }

  public NStepConfig withGamma(double value) {
    return new NStepConfig(n, value);
  }
}
