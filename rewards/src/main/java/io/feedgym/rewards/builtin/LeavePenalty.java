package io.feedgym.rewards.builtin;

import io.feedgym.rewards.RewardBreakdown;
import io.feedgym.rewards.RewardFunction;
import io.feedgym.rewards.RewardInput;

/**
 * Penalises the user leaving: {@code reward/leave = −penalty} when {@code feedback.left()}, else 0.
 *
 * @param penalty magnitude of the penalty, finite and {@code >= 0}
 */
public record LeavePenalty(double penalty) implements RewardFunction<Object, Object> {
  /** The name of this reward's term. */
  public static final String TERM = "reward/leave";

  public LeavePenalty {
    if (!(penalty >= 0) || !Double.isFinite(penalty)) {
      throw new IllegalArgumentException("penalty must be a finite number >= 0, found " + penalty);
    }
  }

  /** A penalty of 1 for leaving. */
  public static LeavePenalty defaults() {
    return new LeavePenalty(1.0);
  }

  @Override
  public RewardBreakdown explain(RewardInput<?, ?> input) {
    return RewardBreakdown.of(TERM, input.feedback().left() ? -penalty : 0.0);
  }
}
