package io.feedgym.env.recsim;

/**
 * RecSim's long-term-satisfaction user ({@code LTSUserModel}): a hidden net positive exposure (NPE) whose
 * sigmoid is the satisfaction scaling engagement, and a budget of steps. Mutable; not thread-safe.
 */
final class LongTermSatisfactionUser {
  private final LongTermSatisfactionConfig config;
  private double netPositiveExposure;
  private int budget;

  LongTermSatisfactionUser(LongTermSatisfactionConfig config, double netPositiveExposure) {
    this.config = config;
    this.netPositiveExposure = netPositiveExposure;
    this.budget = config.timeBudget();
  }

  /** The initial NPE for a uniform draw {@code u} in [0, 1): {@code (u - 0.5) / (1 - memory_discount)}. */
  static double initialExposure(LongTermSatisfactionConfig config, double u) {
    return (u - 0.5) / (1 - config.memoryDiscount());
  }

  double netPositiveExposure() {
    return netPositiveExposure;
  }

  /** SAT = sigmoid(sensitivity * NPE). */
  double satisfaction() {
    return 1.0 / (1.0 + Math.exp(-config.sensitivity() * netPositiveExposure));
  }

  /** Mean of the log-engagement for clickbait {@code cb}: {@code (cb * choc_mean + (1 - cb) * kale_mean) * SAT}. */
  double engagementLoc(double cb) {
    return (cb * config.chocMean() + (1 - cb) * config.kaleMean()) * satisfaction();
  }

  /** Standard deviation of the log-engagement for clickbait {@code cb}: {@code cb * choc_stddev + (1 - cb) * kale_stddev}. */
  double engagementScale(double cb) {
    return cb * config.chocStddev() + (1 - cb) * config.kaleStddev();
  }

  /**
   * Consumes a document of clickbait {@code cb} with exposure noise {@code innovation}:
   * {@code NPE = memory_discount * NPE - 2 (cb - 0.5) + innovation}, and the budget loses one step.
   */
  void consume(double cb, double innovation) {
    netPositiveExposure = config.memoryDiscount() * netPositiveExposure - 2.0 * (cb - 0.5) + innovation;
    budget--;
  }

  /** True when the budget is used up, which terminates the session. */
  boolean exhausted() {
    return budget <= 0;
  }
}
