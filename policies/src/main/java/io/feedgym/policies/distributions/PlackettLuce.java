package io.feedgym.policies.distributions;

import java.util.random.RandomGenerator;

/**
 * The Plackett–Luce distribution over ordered slates of K distinct available items given item scores s:
 * position k draws item a_k from the items not yet chosen with probability ∝ exp(s_a), so
 * log P(a_1..a_K) = Σ_k [s_{a_k} − log Σ_{j available, j ∉ {a_1..a_{k−1}}} exp(s_j)] exactly — each
 * position is a {@link Categorical} over the remaining items. The exact entropy sums over all
 * n!/(n−K)! slates and is intractable; {@link #entropy} is the chain-rule estimate
 * Σ_k H(a_k | a_1..a_{k−1}) at a given slate's prefixes (the sum of per-position entropies), unbiased for
 * the exact entropy when the slate is drawn from the distribution itself. Its {@link #addGradient gradient}
 * holds the prefixes fixed. Stateless.
 */
public final class PlackettLuce {
  private PlackettLuce() {}

  /** Draws an ordered slate of {@code k} distinct available items, one uniform draw of {@code random} per position. */
  public static int[] sample(double[] scores, boolean[] mask, int k, RandomGenerator random) {
    boolean[] remaining = remaining(mask, k);
    int[] slate = new int[k];
    for (int position = 0; position < k; position++) {
      slate[position] = Categorical.sample(scores, remaining, random);
      remaining[slate[position]] = false;
    }
    return slate;
  }

  /** The most probable slate: the {@code k} available items with the highest scores, best first (ties to the lower index). */
  public static int[] mode(double[] scores, boolean[] mask, int k) {
    boolean[] remaining = remaining(mask, k);
    int[] slate = new int[k];
    for (int position = 0; position < k; position++) {
      slate[position] = Categorical.mode(scores, remaining);
      remaining[slate[position]] = false;
    }
    return slate;
  }

  /** The exact log-probability of the ordered {@code slate}; its items must be distinct and available. */
  public static double logProb(double[] scores, boolean[] mask, int[] slate) {
    boolean[] remaining = remaining(mask, slate.length);
    double logProb = 0;
    for (int item : slate) {
      logProb += Categorical.logProb(scores, remaining, item);
      remaining[item] = false;
    }
    return logProb;
  }

  /** The entropy estimate Σ_k H(a_k | the prefix of {@code slate} before k). */
  public static double entropy(double[] scores, boolean[] mask, int[] slate) {
    boolean[] remaining = remaining(mask, slate.length);
    double entropy = 0;
    for (int item : slate) {
      entropy += Categorical.entropy(scores, remaining);
      remaining[item] = false;
    }
    return entropy;
  }

  /**
   * Adds {@code dLogProb} · ∂log P(slate)/∂s + {@code dEntropy} · ∂(entropy estimate)/∂s into
   * {@code gradient}: ∂log P/∂s_j = Σ_k (1[j = a_k] − 1[j ∈ R_k] p_k(j)), R_k the items still available at
   * position k and p_k the softmax over them.
   */
  public static void addGradient(double[] scores, boolean[] mask, int[] slate, double dLogProb, double dEntropy,
      double[] gradient) {
    boolean[] remaining = remaining(mask, slate.length);
    for (int item : slate) {
      Categorical.addGradient(scores, remaining, item, dLogProb, dEntropy, gradient);
      remaining[item] = false;
    }
  }

  private static boolean[] remaining(boolean[] mask, int k) {
    int available = 0;
    for (boolean m : mask) {
      available += m ? 1 : 0;
    }
    if (k <= 0 || k > available) {
      throw new IllegalArgumentException("a slate of k=" + k + " needs 1..k available items, found " + available);
    }
    return mask.clone();
  }
}
