package io.feedgym.rewards.builtin;

import io.feedgym.env.feedback.PositionFeedback;
import io.feedgym.rewards.RewardBreakdown;
import io.feedgym.rewards.RewardFunction;
import io.feedgym.rewards.RewardInput;

/**
 * Rewards time spent on clicked items: {@code reward/dwell = scale · Σ_i dwell_i} over the page's
 * positions.
 *
 * @param scale reward per unit of dwell time (e.g. per second), finite
 */
public record DwellReward(double scale) implements RewardFunction<Object, Object> {
  /** The name of this reward's term. */
  public static final String TERM = "reward/dwell";

  public DwellReward {
    if (!Double.isFinite(scale)) {
      throw new IllegalArgumentException("scale must be a finite number, found " + scale);
    }
  }

  /** One per unit of dwell time. */
  public static DwellReward defaults() {
    return new DwellReward(1.0);
  }

  @Override
  public RewardBreakdown explain(RewardInput<?, ?> input) {
    double dwell = input.feedback().positions().stream().mapToDouble(PositionFeedback::dwell).sum();
    return RewardBreakdown.of(TERM, scale * dwell);
  }
}
