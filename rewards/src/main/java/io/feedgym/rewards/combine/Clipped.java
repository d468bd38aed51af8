package io.feedgym.rewards.combine;

import io.feedgym.rewards.RewardBreakdown;
import io.feedgym.rewards.RewardFunction;
import io.feedgym.rewards.RewardInput;
import java.util.Objects;

/**
 * The reward {@code clip(r, lo, hi) = min(max(r, lo), hi)}, an explicit user-requested transform. The
 * breakdown keeps {@code r}'s terms and adds {@link #TERM} {@code = clip(r) − r} (0 when inside the
 * range), so the terms still sum to the reward and the clipping stays visible.
 *
 * @param lo the lower bound, finite
 * @param hi the upper bound, finite and {@code >= lo}
 * @param reward the clipped reward, non-null
 */
public record Clipped<O, A>(double lo, double hi, RewardFunction<? super O, ? super A> reward)
    implements RewardFunction<O, A> {
  /** The name of the clipping adjustment term. */
  public static final String TERM = "reward/clip";

  public Clipped {
    Objects.requireNonNull(reward, "reward");
    if (!Double.isFinite(lo) || !Double.isFinite(hi) || !(lo <= hi)) {
      throw new IllegalArgumentException("clip range [lo, hi] must be finite with lo <= hi, found [" + lo + ", " + hi + "]");
    }
  }

  @Override
  public RewardBreakdown explain(RewardInput<? extends O, ? extends A> input) {
    RewardBreakdown inner = reward.explain(input);
    double total = inner.total();
    double clipped = Math.min(Math.max(total, lo), hi);
    return inner.plus(TERM, clipped - total);
  }
}
