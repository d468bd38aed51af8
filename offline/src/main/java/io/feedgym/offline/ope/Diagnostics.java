package io.feedgym.offline.ope;

/**
 * Importance-weight diagnostics of an estimate: the effective sample size ESS = (Σ w)² / Σ w² (Kong 1992; n for
 * equal weights, 1 when one weight dominates), and the largest and mean weight (the mean should be near 1 when
 * the propensities are right and the target is supported by the logger). All NaN for the direct method and
 * FQE, which use no weights.
 *
 * @param weights how many weights
 * @param ess the effective sample size
 * @param maxWeight the largest weight
 * @param meanWeight the mean weight
 */
public record Diagnostics(int weights, double ess, double maxWeight, double meanWeight) {

  /** The diagnostics of {@code w}. */
  public static Diagnostics of(double[] w) {
    double sum = 0;
    double squares = 0;
    double max = Double.NEGATIVE_INFINITY;
    for (double x : w) {
      sum += x;
      squares += x * x;
      max = Math.max(max, x);
    }
    return ofSums(w.length, sum, squares, max);
  }

  /** The diagnostics of {@code count} weights with sum {@code sum}, sum of squares {@code squares} and maximum {@code max}. */
  public static Diagnostics ofSums(int count, double sum, double squares, double max) {
    if (count == 0) {
      return new Diagnostics(0, Double.NaN, Double.NaN, Double.NaN);
    }
    return new Diagnostics(count, squares == 0 ? 0 : sum * sum / squares, max, sum / count);
  }
}
