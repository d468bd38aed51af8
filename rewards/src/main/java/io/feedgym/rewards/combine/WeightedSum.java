package io.feedgym.rewards.combine;

import com.google.common.collect.ImmutableList;
import io.feedgym.rewards.RewardBreakdown;
import io.feedgym.rewards.RewardFunction;
import io.feedgym.rewards.RewardInput;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The weighted sum {@code Σ_k w_k · r_k} of named components. The breakdown keeps every component's
 * terms under their own names (not prefixed), each multiplied by its component's weight, in component
 * order; two components producing the same term name is an error naming the term.
 *
 * @param components the weighted components, at least one, with distinct names
 */
public record WeightedSum<O, A>(ImmutableList<Component<O, A>> components) implements RewardFunction<O, A> {

  /**
   * One named, weighted component of a {@link WeightedSum}.
   *
   * @param name the component's name (e.g. its registry id), non-blank
   * @param weight the component's weight, finite
   * @param reward the component reward, non-null
   */
  public record Component<O, A>(String name, double weight, RewardFunction<? super O, ? super A> reward) {
    public Component {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(reward, "reward");
      if (name.isBlank()) {
        throw new IllegalArgumentException("component name must be non-blank, found '" + name + "'");
      }
      if (!Double.isFinite(weight)) {
        throw new IllegalArgumentException("weight of component '" + name + "' must be a finite number, found " + weight);
      }
    }
  }

  public WeightedSum {
    components = ImmutableList.copyOf(components);
    if (components.isEmpty()) {
      throw new IllegalArgumentException("components must hold at least one reward, found none");
    }
    Set<String> names = new HashSet<>();
    for (Component<O, A> component : components) {
      if (!names.add(component.name())) {
        throw new IllegalArgumentException("component name '" + component.name() + "' appears twice");
      }
    }
  }

  /** A weighted sum of {@code components}, in the given order. */
  public static <O, A> WeightedSum<O, A> of(List<Component<O, A>> components) {
    return new WeightedSum<>(ImmutableList.copyOf(components));
  }

  @Override
  public RewardBreakdown explain(RewardInput<? extends O, ? extends A> input) {
    RewardBreakdown sum = RewardBreakdown.empty();
    for (Component<O, A> component : components) {
      sum = sum.plus(component.reward().explain(input).scaled(component.weight()));
    }
    return sum;
  }
}
