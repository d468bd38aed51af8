package io.feedgym.rewards.testkit;

import io.feedgym.rewards.RewardBreakdown;
import java.util.List;
import org.assertj.core.api.AbstractDoubleAssert;
import org.assertj.core.data.Offset;

/**
 * Assertions on one reward value and its {@link RewardBreakdown}, returned by
 * {@link RewardAssert#given}; all of AssertJ's double assertions apply to the total.
 */
public final class GivenReward extends AbstractDoubleAssert<GivenReward> {
  private final RewardBreakdown breakdown;

  GivenReward(RewardBreakdown breakdown) {
    super(breakdown.total(), GivenReward.class);
    this.breakdown = breakdown;
  }

  /** Checks that the breakdown's term names are exactly {@code names}, in that order. */
  public GivenReward hasTerms(String... names) {
    isNotNull();
    if (!breakdown.terms().keySet().asList().equals(List.of(names))) {
      failWithMessage("expected reward terms %s but found %s", List.of(names), breakdown.terms().keySet());
    }
    return this;
  }

  /** Checks that term {@code name} is present and within {@code offset} of {@code expected}. */
  public GivenReward hasTerm(String name, double expected, Offset<Double> offset) {
    double tolerance = offset.value;
    Double value = breakdown.terms().get(name);
    if (value == null) {
      failWithMessage("expected reward term '%s' but terms were %s", name, breakdown.terms().keySet());
    } else if (!(Math.abs(value - expected) <= tolerance)) {
      failWithMessage("expected reward term '%s' to be %s ± %s but was %s", name, expected, tolerance, value);
    }
    return this;
  }
}
