package io.feedgym.rewards.builtin;

import io.feedgym.env.feedback.PositionFeedback;
import io.feedgym.rewards.RewardBreakdown;
import io.feedgym.rewards.RewardFunction;
import io.feedgym.rewards.RewardInput;

/**
 * Rewards purchases: {@code reward/purchases = weight · Σ_{purchased i} v_i}, where {@code v_i} is the
 * item's price when {@code priceWeighted} and 1 otherwise.
 *
 * @param weight reward per purchase (or per unit of price), finite
 * @param priceWeighted whether each purchase counts with its item's price instead of 1
 */
public record PurchaseReward(double weight, boolean priceWeighted) implements RewardFunction<Object, Object> {
  /** The name of this reward's term. */
  public static final String TERM = "reward/purchases";

  public PurchaseReward {
    if (!Double.isFinite(weight)) {
      throw new IllegalArgumentException("weight must be a finite number, found " + weight);
    }
  }

  /** One per purchase, not weighted by price. */
  public static PurchaseReward defaults() {
    return new PurchaseReward(1.0, false);
  }

  @Override
  public RewardBreakdown explain(RewardInput<?, ?> input) {
    double value = 0;
    for (PositionFeedback position : input.feedback().positions()) {
      if (position.purchased()) {
        value += priceWeighted ? position.price() : 1.0;
      }
    }
    return RewardBreakdown.of(TERM, weight * value);
  }
}
