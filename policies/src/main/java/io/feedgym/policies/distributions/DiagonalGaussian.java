package io.feedgym.policies.distributions;

import java.util.random.RandomGenerator;

/**
 * The Gaussian N(μ, diag(σ²)) with σ = exp(log σ) per dimension, as in CleanRL's continuous PPO whose
 * log σ is a state-independent parameter: log p(x) = Σ_d [−(x_d − μ_d)² / (2σ_d²) − log σ_d − ½ log 2π],
 * entropy H = Σ_d (log σ_d + ½ (1 + log 2π)). Samples are unbounded; a policy that must act in a box
 * clips them itself. Stateless.
 */
public final class DiagonalGaussian {
  private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

  private DiagonalGaussian() {}

  /** μ + σ ⊙ ε with ε ~ N(0, I) drawn from {@code random}. */
  public static double[] sample(double[] mean, double[] logStd, RandomGenerator random) {
    double[] x = new double[mean.length];
    for (int d = 0; d < x.length; d++) {
      x[d] = mean[d] + Math.exp(logStd[d]) * random.nextGaussian();
    }
    return x;
  }

  public static double logProb(double[] mean, double[] logStd, double[] x) {
    double logProb = 0;
    for (int d = 0; d < x.length; d++) {
      double z = (x[d] - mean[d]) * Math.exp(-logStd[d]);
      logProb += -0.5 * z * z - logStd[d] - HALF_LOG_TWO_PI;
    }
    return logProb;
  }

  public static double entropy(double[] logStd) {
    double entropy = 0;
    for (double l : logStd) {
      entropy += l + 0.5 + HALF_LOG_TWO_PI;
    }
    return entropy;
  }

  /**
   * Adds {@code dLogProb} · ∂log p(x)/∂(μ, log σ) + {@code dEntropy} · ∂H/∂(μ, log σ) into
   * {@code gradMean} and {@code gradLogStd}: ∂log p/∂μ_d = (x_d − μ_d)/σ_d², ∂log p/∂log σ_d = z_d² − 1,
   * ∂H/∂log σ_d = 1.
   */
  public static void addGradient(double[] mean, double[] logStd, double[] x, double dLogProb, double dEntropy,
      double[] gradMean, double[] gradLogStd) {
    for (int d = 0; d < x.length; d++) {
      double inverseStd = Math.exp(-logStd[d]);
      double z = (x[d] - mean[d]) * inverseStd;
      gradMean[d] += dLogProb * z * inverseStd;
      gradLogStd[d] += dLogProb * (z * z - 1) + dEntropy;
    }
  }
}
