package io.feedgym.offline.ope;

import java.util.Objects;

/**
 * An estimator's per-session terms: the estimate is Σ_t (Σ_i num[i][t]) / (Σ_i den[i][t]) over sessions i and
 * slots t (pages or positions), with den = 1 when {@code denominators} is null, so that the plain means (IPS,
 * DR, PDIS) and the self-normalised ratios (SNIPS, WPDIS) are resampled the same way by the bootstrap. The
 * ratio with a zero denominator (no weight at all) is NaN. The arrays are row-major, {@code width} per session,
 * and owned by this object: callers must not change them.
 *
 * @param estimand what the estimate means
 * @param sessions n, at least 1
 * @param width slots per session, at least 1
 * @param numerators n · width numerators
 * @param denominators n · width denominators, or null for 1 each
 * @param weights the importance weights behind the estimate, for the diagnostics (empty for the direct method)
 */
public record Terms(Estimand estimand, int sessions, int width, double[] numerators, double[] denominators,
    double[] weights) {

  public Terms {
    Objects.requireNonNull(estimand, "estimand");
    Objects.requireNonNull(numerators, "numerators");
    Objects.requireNonNull(weights, "weights");
    if (sessions < 1 || width < 1 || numerators.length != sessions * width
        || (denominators != null && denominators.length != numerators.length)) {
      throw new IllegalArgumentException("terms need sessions * width numerators (and denominators), found "
          + sessions + " sessions, width " + width + ", " + numerators.length + " numerators");
    }
  }

  /** Per-session terms of a plain mean: the estimate is the mean of {@code values}. */
  public static Terms mean(Estimand estimand, double[] values, double[] weights) {
    return new Terms(estimand, values.length, 1, values, null, weights);
  }

  /** The estimate with session i counted {@code counts[i]} times (all ones: the estimate itself). */
  public double estimate(int[] counts) {
    double total = 0;
    for (int t = 0; t < width; t++) {
      double num = 0;
      double den = 0;
      for (int i = 0; i < sessions; i++) {
        int c = counts == null ? 1 : counts[i];
        if (c != 0) {
          num += c * numerators[i * width + t];
          den += c * (denominators == null ? 1 : denominators[i * width + t]);
        }
      }
      total += num / den; // 0/0 = NaN: no session with weight at this slot, the ratio is undefined
    }
    return total;
  }

  /** The estimate on all sessions. */
  public double estimate() {
    return estimate(null);
  }
}
