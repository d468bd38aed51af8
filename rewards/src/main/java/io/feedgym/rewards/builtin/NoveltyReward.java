package io.feedgym.rewards.builtin;

import io.feedgym.env.feedback.PositionFeedback;
import io.feedgym.rewards.RewardBreakdown;
import io.feedgym.rewards.RewardFunction;
import io.feedgym.rewards.RewardInput;

/**
 * Rewards showing new items: {@code reward/novelty = weight · |novel positions| / K}, where K is the
 * number of positions shown and a position is novel when its item was not shown earlier in the
 * session; 0 for an empty page.
 *
 * @param weight reward for a page of only novel items, finite
 */
public record NoveltyReward(double weight) implements RewardFunction<Object, Object> {
  /** The name of this reward's term. */
  public static final String TERM = "reward/novelty";

  public NoveltyReward {
    if (!Double.isFinite(weight)) {
      throw new IllegalArgumentException("weight must be a finite number, found " + weight);
    }
  }

  /** Weight 1. */
  public static NoveltyReward defaults() {
    return new NoveltyReward(1.0);
  }

  @Override
  public RewardBreakdown explain(RewardInput<?, ?> input) {
    var positions = input.feedback().positions();
    if (positions.isEmpty()) {
      return RewardBreakdown.of(TERM, 0.0);
    }
    long novel = positions.stream().filter(PositionFeedback::novel).count();
    return RewardBreakdown.of(TERM, weight * novel / positions.size());
  }
}
