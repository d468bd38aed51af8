package io.feedgym.offline.ope;

import java.util.Objects;

/**
 * One estimator's estimate of a target's value with its bootstrap percentile interval and weight diagnostics.
 *
 * @param estimator the estimator id
 * @param estimand what the value means
 * @param value the point estimate (NaN when undefined, e.g. SNIPS with every weight 0)
 * @param low the interval's lower end
 * @param high the interval's upper end
 * @param stderr the standard deviation of the bootstrap estimates
 * @param sessions n, the sessions used
 * @param diagnostics ESS and the largest and mean importance weight
 */
public record Estimate(String estimator, Estimand estimand, double value, double low, double high, double stderr,
    int sessions, Diagnostics diagnostics) {

  public Estimate {
    Objects.requireNonNull(estimator, "estimator");
    Objects.requireNonNull(estimand, "estimand");
    Objects.requireNonNull(diagnostics, "diagnostics");
  }

  /** Whether {@code truth} lies in [low, high]. */
  public boolean covers(double truth) {
    return low <= truth && truth <= high;
  }
}
