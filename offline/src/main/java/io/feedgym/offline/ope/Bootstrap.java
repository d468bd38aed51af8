package io.feedgym.offline.ope;

import io.feedgym.config.Checks;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The percentile bootstrap over sessions (Efron and Tibshirani 1993, ch. 13): draws {@code resamples} times n
 * sessions with replacement from a {@link SplittableRandom} seeded with {@code seed}, recomputes the estimate
 * from the {@link Terms} each time (ratios are re-normalised, so SNIPS and WPDIS are resampled correctly), and
 * takes the (1 − confidence)/2 and (1 + confidence)/2 quantiles. Resampling whole sessions keeps a session's
 * pages together. Reward models (DM, DR, FQE) are not refitted per resample, so their intervals omit the
 * model's variance. The same seed gives the same interval. Immutable and thread-safe.
 *
 * @param resamples bootstrap resamples, at least 2
 * @param confidence the interval's nominal coverage, in (0, 1)
 * @param seed the resampling seed
 */
public record Bootstrap(int resamples, double confidence, long seed) {

  public Bootstrap {
    Checks.atLeast("resamples", resamples, 2);
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1), found " + confidence);
    }
  }

  /** The estimate of {@code terms} with its interval; {@code id} names the estimator. */
  public Estimate estimate(String id, Terms terms) {
    double value = terms.estimate();
    SplittableRandom random = new SplittableRandom(seed);
    int n = terms.sessions();
    int[] counts = new int[n];
    double[] draws = new double[resamples];
    int finite = 0;
    for (int b = 0; b < resamples; b++) {
      Arrays.fill(counts, 0);
      for (int j = 0; j < n; j++) {
        counts[random.nextInt(n)]++;
      }
      double x = terms.estimate(counts);
      if (Double.isFinite(x)) {
        draws[finite++] = x;
      }
    }
    return summarize(id, terms.estimand(), value, Arrays.copyOf(draws, finite), confidence, n,
        Diagnostics.of(terms.weights()));
  }

  /**
   * The estimate {@code value} with the percentile interval at {@code confidence} and the standard deviation of
   * the finite bootstrap estimates {@code draws} (any order), however they were resampled.
   */
  public static Estimate summarize(String id, Estimand estimand, double value, double[] draws, double confidence,
      int sessions, Diagnostics diagnostics) {
    double[] sorted = draws.clone();
    Arrays.sort(sorted);
    int finite = sorted.length;
    double low = quantile(sorted, (1 - confidence) / 2);
    double high = quantile(sorted, (1 + confidence) / 2);
    double mean = 0;
    for (double x : sorted) {
      mean += x / finite;
    }
    double var = 0;
    for (double x : sorted) {
      var += (x - mean) * (x - mean);
    }
    double stderr = finite > 1 ? Math.sqrt(var / (finite - 1)) : Double.NaN;
    return new Estimate(id, estimand, value, low, high, stderr, sessions, diagnostics);
  }

  /** The q-quantile of sorted values by linear interpolation (R's type 7); NaN for none. */
  static double quantile(double[] sorted, double q) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    double h = (sorted.length - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
