package io.feedgym.runner;

import com.google.common.collect.ImmutableMap;
import io.feedgym.env.Step;
import io.feedgym.rewards.RewardBreakdown;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Sums the reward terms that steps carry as a {@link RewardBreakdown} under
 * {@link RewardBreakdown#INFO_KEY} (published by {@code ComputeReward}), by term name in first-seen
 * order. Not thread-safe.
 */
final class RewardTermSums {
  private final Map<String, Double> sums = new LinkedHashMap<>();

  /** Adds the terms of {@code step}'s breakdown, if it has one; any other value under the key is an error. */
  void add(Step<?> step) {
    breakdown(step).ifPresent(this::add);
  }

  /** Adds {@code terms}, by name. */
  void add(Map<String, Double> terms) {
    terms.forEach((name, term) -> sums.merge(name, term, Double::sum));
  }

  /** The terms of {@code step}'s breakdown, if it has one; any other value under the key is an error. */
  static Optional<ImmutableMap<String, Double>> breakdown(Step<?> step) {
    Object value = step.info().get(RewardBreakdown.INFO_KEY);
    if (value == null) {
      return Optional.empty();
    }
    if (!(value instanceof RewardBreakdown breakdown)) {
      throw new IllegalStateException("step info '" + RewardBreakdown.INFO_KEY + "' must hold a RewardBreakdown, found "
          + value.getClass().getName());
    }
    return Optional.of(breakdown.terms());
  }

  /** The sum of every term added since construction or the last {@link #clear()}. */
  ImmutableMap<String, Double> sums() {
    return ImmutableMap.copyOf(sums);
  }

  /** Forgets every sum. */
  void clear() {
    sums.clear();
  }
}
