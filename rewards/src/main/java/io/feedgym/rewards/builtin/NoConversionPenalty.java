package io.feedgym.rewards.builtin;

import io.feedgym.rewards.RewardBreakdown;
import io.feedgym.rewards.RewardFunction;
import io.feedgym.rewards.RewardInput;
import java.util.Objects;

/**
 * The no-conversion-page penalty of Meituan's feed RL: {@code reward/no_conversion = −penalty} when
 * the page has no conversion (with {@link Conversion#CLICK}: zero clicks; with
 * {@link Conversion#PURCHASE}: zero purchases), else 0. An empty page never converts.
 *
 * @param penalty magnitude of the penalty, finite and {@code >= 0}
 * @param conversion what counts as a conversion, non-null
 */
public record NoConversionPenalty(double penalty, Conversion conversion) implements RewardFunction<Object, Object> {
  /** The name of this reward's term. */
  public static final String TERM = "reward/no_conversion";

  public NoConversionPenalty {
    if (!(penalty >= 0) || !Double.isFinite(penalty)) {
      throw new IllegalArgumentException("penalty must be a finite number >= 0, found " + penalty);
    }
    Objects.requireNonNull(conversion, "conversion");
  }

  /** A penalty of 1 for a page without a click. */
  public static NoConversionPenalty defaults() {
    return new NoConversionPenalty(1.0, Conversion.CLICK);
  }

  @Override
  public RewardBreakdown explain(RewardInput<?, ?> input) {
    return RewardBreakdown.of(TERM, conversion.converted(input.feedback()) ? 0.0 : -penalty);
  }
}
