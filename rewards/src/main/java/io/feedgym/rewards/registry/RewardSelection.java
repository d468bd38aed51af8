package io.feedgym.rewards.registry;

import com.google.common.collect.ImmutableMap;
import io.feedgym.config.ConfigBinder;
import io.feedgym.rewards.combine.WeightedSum;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A weighted sum of registered rewards described completely, so that it can be saved with a run and
 * rebuilt: what the CLI's {@code --set reward=...} and {@code --set reward.<id>.<param>=...} select.
 * {@link #of} normalises the sum and fills in every parameter, so equal selections build equal rewards.
 *
 * @param sum the weighted sum in {@link Rewards#parse} syntax, e.g. {@code clicks:1.0,leave:1.0}
 * @param params parameters by reward id, each a snake_case key → value (a number, boolean or string)
 */
public record RewardSelection(String sum, ImmutableMap<String, ImmutableMap<String, Object>> params) {

  public RewardSelection {
    Objects.requireNonNull(sum, "sum");
    Objects.requireNonNull(params, "params");
    Rewards.parse(sum, strings(params));
  }

  /**
   * The selection of the weighted sum {@code text} ({@link Rewards#parse} syntax) with snake_case
   * parameter overrides by reward id; every parameter of every component is recorded, defaults included.
   * Invalid text or overrides fail with an {@link IllegalArgumentException} naming the problem.
   */
  public static RewardSelection of(String text, Map<String, ? extends Map<String, String>> overrides) {
    WeightedSum<Object, Object> reward = Rewards.parse(text, overrides);
    ImmutableMap.Builder<String, ImmutableMap<String, Object>> params = ImmutableMap.builder();
    for (WeightedSum.Component<Object, Object> component : reward.components()) {
      // Rewards.parse builds only registry rewards, and every registered reward is a record.
      params.put(component.name(), ImmutableMap.copyOf(ConfigBinder.describe((Record) component.reward())));
    }
    String sum = reward.components().stream().map(c -> c.name() + ":" + c.weight()).collect(Collectors.joining(","));
    return new RewardSelection(sum, params.buildOrThrow());
  }

  /** This selection with some parameters replaced: snake_case overrides by reward id, as in {@link #of}. */
  public RewardSelection withParams(Map<String, ? extends Map<String, String>> overrides) {
    Map<String, Map<String, String>> merged = new LinkedHashMap<>(strings(params));
    overrides.forEach((id, values) -> {
      Map<String, String> current = new LinkedHashMap<>(merged.getOrDefault(id, Map.of()));
      current.putAll(values);
      merged.put(id, current);
    });
    return of(sum, merged);
  }

  /** The reward: a weighted sum whose component names are the reward ids. */
  public WeightedSum<Object, Object> reward() {
    return Rewards.parse(sum, strings(params));
  }

  private static Map<String, Map<String, String>> strings(Map<String, ? extends Map<String, Object>> params) {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    params.forEach((id, values) -> out.put(id, values.entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue())))));
    return out;
  }
}
