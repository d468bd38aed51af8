package io.feedgym.policies.distributions;

import java.util.random.RandomGenerator;

/**
 * The categorical distribution p(a) = exp(z_a) / Σ_{j available} exp(z_j) over the available entries of
 * {@code mask} (an unavailable action has probability 0 and receives no gradient). Stateless.
 */
public final class Categorical {
  private Categorical() {}

  /** The probabilities of every action given logits {@code z} (0 where unavailable); at least one must be available. */
  public static double[] probabilities(double[] z, boolean[] mask) {
    double lse = logSumExp(z, mask);
    double[] p = new double[z.length];
    for (int j = 0; j < z.length; j++) {
      p[j] = mask[j] ? Math.exp(z[j] - lse) : 0;
    }
    return p;
  }

  /** Draws an action by inverting the cumulative distribution with one uniform draw of {@code random}. */
  public static int sample(double[] z, boolean[] mask, RandomGenerator random) {
    double[] p = probabilities(z, mask);
    double u = random.nextDouble();
    int last = -1;
    for (int j = 0; j < p.length; j++) {
      if (mask[j]) {
        last = j;
        u -= p[j];
        if (u < 0) {
          return j;
        }
      }
    }
    return last;
  }

  /** The most probable available action (the first on ties). */
  public static int mode(double[] z, boolean[] mask) {
    int best = -1;
    for (int j = 0; j < z.length; j++) {
      if (mask[j] && (best < 0 || z[j] > z[best])) {
        best = j;
      }
    }
    if (best < 0) {
      throw new IllegalArgumentException("no available action among " + z.length);
    }
    return best;
  }

  /** log p(action); {@code action} must be available. */
  public static double logProb(double[] z, boolean[] mask, int action) {
    if (!mask[action]) {
      throw new IllegalArgumentException("action " + action + " is not available");
    }
    return z[action] - logSumExp(z, mask);
  }

  /** The entropy −Σ_j p_j log p_j. */
  public static double entropy(double[] z, boolean[] mask) {
    double[] p = probabilities(z, mask);
    double lse = logSumExp(z, mask);
    double h = 0;
    for (int j = 0; j < z.length; j++) {
      if (mask[j] && p[j] > 0) {
        h -= p[j] * (z[j] - lse);
      }
    }
    return h;
  }

  /**
   * Adds {@code dLogProb} · ∂log p(action)/∂z + {@code dEntropy} · ∂H/∂z into {@code gradient}:
   * ∂log p(a)/∂z_j = 1[j = a] − p_j and ∂H/∂z_j = −p_j (log p_j + H), over the available j.
   */
  public static void addGradient(double[] z, boolean[] mask, int action, double dLogProb, double dEntropy,
      double[] gradient) {
    double[] p = probabilities(z, mask);
    double lse = logSumExp(z, mask);
    double h = entropy(z, mask);
    for (int j = 0; j < z.length; j++) {
      if (mask[j]) {
        gradient[j] += dLogProb * ((j == action ? 1 : 0) - p[j]) - dEntropy * p[j] * (z[j] - lse + h);
      }
    }
  }

  /** log Σ_{j available} exp(z_j), computed stably; at least one action must be available. */
  private static double logSumExp(double[] z, boolean[] mask) {
    double max = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < z.length; j++) {
      if (mask[j]) {
        max = Math.max(max, z[j]);
      }
    }
    if (max == Double.NEGATIVE_INFINITY) {
      throw new IllegalArgumentException("no available action among " + z.length);
    }
    double sum = 0;
    for (int j = 0; j < z.length; j++) {
      if (mask[j]) {
        sum += Math.exp(z[j] - max);
      }
    }
    return max + Math.log(sum);
  }
}
