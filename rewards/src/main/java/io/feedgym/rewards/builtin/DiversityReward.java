package io.feedgym.rewards.builtin;

import io.feedgym.env.feedback.PositionFeedback;
import io.feedgym.rewards.RewardBreakdown;
import io.feedgym.rewards.RewardFunction;
import io.feedgym.rewards.RewardInput;

/**
 * Rewards topical diversity of the page: {@code reward/diversity = weight · |distinct topics| / K},
 * where K is the number of positions shown (examined or not); 0 for an empty page.
 *
 * @param weight reward for a page whose items all have different topics, finite
 */
public record DiversityReward(double weight) implements RewardFunction<Object, Object> {
  /** The name of this reward's term. */
  public static final String TERM = "reward/diversity";

  public DiversityReward {
    if (!Double.isFinite(weight)) {
      throw new IllegalArgumentException("weight must be a finite number, found " + weight);
    }
  }

  /** Weight 1. */
  public static DiversityReward defaults() {
    return new DiversityReward(1.0);
  }

  @Override
  public RewardBreakdown explain(RewardInput<?, ?> input) {
    var positions = input.feedback().positions();
    if (positions.isEmpty()) {
      return RewardBreakdown.of(TERM, 0.0);
    }
    long topics = positions.stream().mapToInt(PositionFeedback::topic).distinct().count();
    return RewardBreakdown.of(TERM, weight * topics / positions.size());
  }
}
