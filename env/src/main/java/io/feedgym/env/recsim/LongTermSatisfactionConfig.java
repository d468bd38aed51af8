package io.feedgym.env.recsim;

import io.feedgym.config.Checks;
/**
 * Parameters of {@link LongTermSatisfaction}; {@link #defaults()} are RecSim's long_term_satisfaction values.
 *
 * @param numCandidates documents offered per step, positive
 * @param slateSize documents recommended per step, in [1, num_candidates]
 * @param memoryDiscount weight of the past net positive exposure, in [0, 1)
 * @param sensitivity slope of satisfaction in the net positive exposure, finite
 * @param innovationStddev standard deviation of the exposure's noise, non-negative
 * @param chocMean log-engagement mean of pure clickbait, finite
 * @param chocStddev log-engagement standard deviation of pure clickbait, non-negative
 * @param kaleMean log-engagement mean of content without clickbait, finite
 * @param kaleStddev log-engagement standard deviation of content without clickbait, non-negative
 * @param timeBudget steps per session (each step costs 1), positive
 * @param engagementCap the largest engagement shown in the observation (the reward is not clipped), positive
 */
public record LongTermSatisfactionConfig(
    int numCandidates,
    int slateSize,
    double memoryDiscount,
    double sensitivity,
    double innovationStddev,
    double chocMean,
    double chocStddev,
    double kaleMean,
    double kaleStddev,
    int timeBudget,
    double engagementCap) {

  public LongTermSatisfactionConfig {
    Checks.slate(numCandidates, slateSize);
    if (!(memoryDiscount >= 0 && memoryDiscount < 1)) {
      throw new IllegalArgumentException("memory_discount must be in [0, 1), found " + memoryDiscount);
    }
    Checks.finite("sensitivity", sensitivity);
    Checks.nonNegative("innovation_stddev", innovationStddev);
    Checks.finite("choc_mean", chocMean);
    Checks.nonNegative("choc_stddev", chocStddev);
    Checks.finite("kale_mean", kaleMean);
    Checks.nonNegative("kale_stddev", kaleStddev);
    if (timeBudget <= 0) {
      throw new IllegalArgumentException("time_budget must be positive, found " + timeBudget);
    }
    Checks.positive("engagement_cap", engagementCap);
  }

  /** RecSim's values: 20 candidates, slate 2, discount 0.7, sensitivity 0.01, innovation 0.05, choc 5±1, kale 4±1, 60 steps, cap 100. */
  public static LongTermSatisfactionConfig defaults() {
    return new LongTermSatisfactionConfig(20, 2, 0.7, 0.01, 0.05, 5.0, 1.0, 4.0, 1.0, 60, 100.0);
  }
}
