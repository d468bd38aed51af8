package io.feedgym.rewards.combine;

import io.feedgym.rewards.RewardBreakdown;
import io.feedgym.rewards.RewardFunction;
import io.feedgym.rewards.RewardInput;
import java.util.Objects;

/**
 * The reward {@code factor · r}; the breakdown is {@code r}'s terms, each multiplied by {@code factor}.
 *
 * @param factor the multiplier, finite
 * @param reward the scaled reward, non-null
 */
public record Scaled<O, A>(double factor, RewardFunction<? super O, ? super A> reward) implements RewardFunction<O, A> {

  public Scaled {
    Objects.requireNonNull(reward, "reward");
    if (!Double.isFinite(factor)) {
      throw new IllegalArgumentException("factor must be a finite number, found " + factor);
    }
  }

  @Override
  public RewardBreakdown explain(RewardInput<? extends O, ? extends A> input) {
    return reward.explain(input).scaled(factor);
  }
}
