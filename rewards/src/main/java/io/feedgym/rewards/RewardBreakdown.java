package io.feedgym.rewards;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A reward explained as named, finite terms in insertion order whose sum is the reward. Term names
 * are stable metric names such as {@code reward/clicks}: lower-case segments separated by {@code /}.
 *
 * @param terms the terms by name, in insertion order; every value finite
 */
public record RewardBreakdown(ImmutableMap<String, Double> terms) {
  /** The step-info key of a step's breakdown, as {@link io.feedgym.rewards.wrappers.ComputeReward} publishes it. */
  public static final String INFO_KEY = "reward_terms";
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*(/[a-z0-9_]+)*");

  public RewardBreakdown {
    terms = ImmutableMap.copyOf(terms);
    for (Map.Entry<String, Double> term : terms.entrySet()) {
      if (!NAME.matcher(term.getKey()).matches()) {
        throw new IllegalArgumentException(
            "term name must be lower-case segments separated by '/', found '" + term.getKey() + "'");
      }
      if (!Double.isFinite(term.getValue())) {
        throw new NonFiniteRewardException(term.getKey(), term.getValue());
      }
    }
  }

  /** A breakdown without terms (total 0). */
  public static RewardBreakdown empty() {
    return new RewardBreakdown(ImmutableMap.of());
  }

  /** A breakdown with the single term {@code name = value}. */
  public static RewardBreakdown of(String name, double value) {
    return new RewardBreakdown(ImmutableMap.of(name, value));
  }

  /** The sum of the terms (0 when there are none); an overflowing sum is a {@link NonFiniteRewardException}. */
  public double total() {
    double sum = 0;
    for (double value : terms.values()) {
      sum += value;
    }
    if (!Double.isFinite(sum)) {
      throw new NonFiniteRewardException("total", sum);
    }
    return sum;
  }

  /** The value of term {@code name}; an absent term is an error listing the present ones. */
  public double term(String name) {
    Double value = terms.get(name);
    if (value == null) {
      throw new IllegalArgumentException("no term '" + name + "'; terms: " + String.join(", ", terms.keySet()));
    }
    return value;
  }

  /** This breakdown with every term multiplied by {@code factor}. */
  public RewardBreakdown scaled(double factor) {
    ImmutableMap.Builder<String, Double> out = ImmutableMap.builder();
    terms.forEach((name, value) -> out.put(name, value * factor));
    return new RewardBreakdown(out.buildOrThrow());
  }

  /** This breakdown followed by {@code other}'s terms; a name present in both is an error naming it. */
  public RewardBreakdown plus(RewardBreakdown other) {
    for (String name : other.terms.keySet()) {
      if (terms.containsKey(name)) {
        throw new IllegalArgumentException("term '" + name + "' appears twice; give each component distinct terms");
      }
    }
    return new RewardBreakdown(ImmutableMap.<String, Double>builder().putAll(terms).putAll(other.terms).buildOrThrow());
  }

  /** This breakdown followed by the term {@code name = value}. */
  public RewardBreakdown plus(String name, double value) {
    return plus(of(name, value));
  }
}
