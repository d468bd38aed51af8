package io.feedgym.rewards.builtin;

import io.feedgym.env.feedback.Feedback;
import io.feedgym.rewards.RewardBreakdown;
import io.feedgym.rewards.RewardFunction;
import io.feedgym.rewards.RewardInput;

/**
 * User-activeness bonus in the spirit of DRN (Zheng et al. 2018): {@code reward/activeness =
 * beta · exp(−gap / tau)} when the feedback's return gap is known and finite, and 0 when it is unknown
 * (NaN) or the user never returns (+Infinity). A quick return earns close to {@code beta}.
 *
 * @param beta bonus for an immediate return (gap 0), finite and {@code >= 0}
 * @param tau decay scale of the bonus, in the same unit as the return gap (days), finite and {@code > 0}
 */
public record ActivenessBonus(double beta, double tau) implements RewardFunction<Object, Object> {
  /** The name of this reward's term. */
  public static final String TERM = "reward/activeness";

  public ActivenessBonus {
    if (!(beta >= 0) || !Double.isFinite(beta)) {
      throw new IllegalArgumentException("beta must be a finite number >= 0, found " + beta);
    }
    if (!(tau > 0) || !Double.isFinite(tau)) {
      throw new IllegalArgumentException("tau must be a finite number > 0, found " + tau);
    }
  }

  /** A bonus of 1 for an immediate return, decaying with a scale of 1 day. */
  public static ActivenessBonus defaults() {
    return new ActivenessBonus(1.0, 1.0);
  }

  @Override
  public RewardBreakdown explain(RewardInput<?, ?> input) {
    Feedback feedback = input.feedback();
    double gap = feedback.returnGap();
    boolean returns = feedback.hasReturnGap() && Double.isFinite(gap);
    return RewardBreakdown.of(TERM, returns ? beta * Math.exp(-gap / tau) : 0.0);
  }
}
