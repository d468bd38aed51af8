package io.feedgym.rewards.builtin;

import io.feedgym.rewards.RewardBreakdown;
import io.feedgym.rewards.RewardFunction;
import io.feedgym.rewards.RewardInput;

/**
 * Rewards clicks: {@code reward/clicks = weight · clicks}, where {@code clicks} counts the clicked
 * positions of the page.
 *
 * @param weight reward per click, finite
 */
public record ClickReward(double weight) implements RewardFunction<Object, Object> {
  /** The name of this reward's term. */
  public static final String TERM = "reward/clicks";

  public ClickReward {
    if (!Double.isFinite(weight)) {
      throw new IllegalArgumentException("weight must be a finite number, found " + weight);
    }
  }

  /** One per click. */
  public static ClickReward defaults() {
    return new ClickReward(1.0);
  }

  @Override
  public RewardBreakdown explain(RewardInput<?, ?> input) {
    return RewardBreakdown.of(TERM, weight * input.feedback().clicks());
  }
}
