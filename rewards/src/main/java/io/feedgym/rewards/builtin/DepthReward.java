package io.feedgym.rewards.builtin;

import io.feedgym.rewards.RewardBreakdown;
import io.feedgym.rewards.RewardFunction;
import io.feedgym.rewards.RewardInput;

/**
 * Rewards session depth: {@code reward/depth = perPage} for every page served (including the page
 * after which the user leaves), so the return grows with the number of pages the user stays for.
 *
 * @param perPage reward per page served, finite
 */
public record DepthReward(double perPage) implements RewardFunction<Object, Object> {
  /** The name of this reward's term. */
  public static final String TERM = "reward/depth";

  public DepthReward {
    if (!Double.isFinite(perPage)) {
      throw new IllegalArgumentException("per_page must be a finite number, found " + perPage);
    }
  }

  /** One per page. */
  public static DepthReward defaults() {
    return new DepthReward(1.0);
  }

  @Override
  public RewardBreakdown explain(RewardInput<?, ?> input) {
    return RewardBreakdown.of(TERM, perPage);
  }
}
