package io.feedgym.rewards.registry;

import io.feedgym.rewards.RewardFunction;
import io.feedgym.rewards.builtin.ActivenessBonus;
import io.feedgym.rewards.builtin.ClickReward;
import io.feedgym.rewards.builtin.DepthReward;
import io.feedgym.rewards.builtin.DiversityReward;
import io.feedgym.rewards.builtin.DwellReward;
import io.feedgym.rewards.builtin.LeavePenalty;
import io.feedgym.rewards.builtin.NoConversionPenalty;
import io.feedgym.rewards.builtin.NoveltyReward;
import io.feedgym.rewards.builtin.PurchaseReward;
import io.feedgym.rewards.combine.WeightedSum;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The reward registry: built-in rewards by id ({@code Rewards.make("clicks")}) with snake_case config
 * overrides, and weighted sums parsed from {@code "clicks:1.0,purchases:2.0,leave:1.0"}. Thread-safe.
 */
public final class Rewards {
  private static final Map<String, RewardSpec<?>> SPECS = new ConcurrentSkipListMap<>();

  static {
    register(new RewardSpec<>("clicks", "weight · clicks", ClickReward.defaults()));
    register(new RewardSpec<>("purchases", "weight · Σ purchased (price if price_weighted, else 1)",
        PurchaseReward.defaults()));
    register(new RewardSpec<>("dwell", "scale · Σ dwell", DwellReward.defaults()));
    register(new RewardSpec<>("depth", "per_page for every page served", DepthReward.defaults()));
    register(new RewardSpec<>("leave", "−penalty when the user leaves", LeavePenalty.defaults()));
    register(new RewardSpec<>("activeness", "beta · exp(−return_gap / tau) when the user returns (DRN)",
        ActivenessBonus.defaults()));
    register(new RewardSpec<>("diversity", "weight · distinct topics / K", DiversityReward.defaults()));
    register(new RewardSpec<>("novelty", "weight · novel items / K", NoveltyReward.defaults()));
    register(new RewardSpec<>("no_conversion", "−penalty when the page has no conversion (Meituan)",
        NoConversionPenalty.defaults()));
  }

  private Rewards() {}

  /** Adds a specification; an id registered twice is an error. */
  public static void register(RewardSpec<?> spec) {
    if (SPECS.putIfAbsent(spec.id(), spec) != null) {
      throw new IllegalArgumentException("reward '" + spec.id() + "' is already registered");
    }
  }

  /** All registered specifications, sorted by id. */
  public static List<RewardSpec<?>> specs() {
    return List.copyOf(SPECS.values());
  }

  /** The specification registered under {@code id}; unknown ids fail with the list of valid ones. */
  public static RewardSpec<?> spec(String id) {
    return Optional.ofNullable(SPECS.get(id)).orElseThrow(() -> new IllegalArgumentException(
        "unknown reward '" + id + "'; registered: " + String.join(", ", SPECS.keySet())));
  }

  /** Reward {@code id} with its default parameters. */
  public static RewardFunction<Object, Object> make(String id) {
    return make(id, Map.of());
  }

  /** Reward {@code id} with snake_case overrides of its parameters (e.g. {@code tau=2.0}). */
  public static RewardFunction<Object, Object> make(String id, Map<String, String> overrides) {
    return spec(id).make(overrides);
  }

  /**
   * The weighted sum described by {@code text}: comma-separated entries {@code id:weight} (or just
   * {@code id} for weight 1) of registered rewards with default parameters, e.g.
   * {@code clicks:1.0,purchases:2.0,leave:1.0}. Empty entries, unknown ids, unparsable or non-finite
   * weights and repeated ids fail with an {@link IllegalArgumentException} naming the entry.
   */
  public static <O, A> WeightedSum<O, A> parse(String text) {
    return parse(text, Map.of());
  }

  /**
   * The weighted sum described by {@code text}, as {@link #parse(String)}, with snake_case parameter
   * overrides per reward id (e.g. {@code activeness → tau=2.0}). Overrides of an unknown reward, of a
   * reward {@code text} does not include, of an unknown parameter or with an invalid value fail with an
   * {@link IllegalArgumentException} naming the reward.
   */
  public static <O, A> WeightedSum<O, A> parse(String text, Map<String, ? extends Map<String, String>> params) {
    if (text.isBlank()) {
      throw new IllegalArgumentException("reward must list at least one 'id:weight' entry, found '" + text + "'");
    }
    List<WeightedSum.Component<O, A>> components = new ArrayList<>();
    String[] entries = text.split(",", -1);
    for (int i = 0; i < entries.length; i++) {
      String entry = entries[i].trim();
      if (entry.isEmpty()) {
        throw new IllegalArgumentException("entry " + (i + 1) + " of reward '" + text + "' is empty");
      }
      String[] parts = entry.split(":", -1);
      if (parts.length > 2) {
        throw new IllegalArgumentException("reward entry '" + entry + "' must look like id:weight");
      }
      String id = parts[0].trim();
      double weight = parts.length == 2 ? weight(id, parts[1].trim()) : 1.0;
      Map<String, String> overrides = params.containsKey(id) ? params.get(id) : Map.of();
      components.add(new WeightedSum.Component<>(id, weight, configured(id, overrides)));
    }
    for (String id : params.keySet()) {
      spec(id);
      if (components.stream().noneMatch(c -> c.name().equals(id))) {
        throw new IllegalArgumentException(
            "parameters of reward '" + id + "' are set, but reward '" + text + "' does not include it");
      }
    }
    return WeightedSum.of(components);
  }

  private static RewardFunction<Object, Object> configured(String id, Map<String, String> overrides) {
    RewardSpec<?> spec = spec(id);
    try {
      return spec.make(overrides);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("reward '" + id + "': " + e.getMessage(), e);
    }
  }

  private static double weight(String id, String text) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("weight of reward '" + id + "' must be a number, found '" + text + "'", e);
    }
  }
}
