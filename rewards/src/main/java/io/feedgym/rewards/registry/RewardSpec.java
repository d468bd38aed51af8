package io.feedgym.rewards.registry;

import io.feedgym.config.ConfigBinder;
import io.feedgym.rewards.RewardFunction;
import java.util.Map;
import java.util.Objects;

/**
 * A registered reward: its id, a one-line description and its default configuration, a record that
 * is itself the reward (as all built-ins are).
 *
 * @param id the registry id, lower-case letters, digits and underscores, starting with a letter
 * @param description a one-line description including the formula, non-null
 * @param defaults the reward with its default parameters, non-null
 */
public record RewardSpec<R extends Record & RewardFunction<Object, Object>>(String id, String description, R defaults) {

  public RewardSpec {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(defaults, "defaults");
    if (!id.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException(
          "reward id must be lower-case letters, digits and underscores starting with a letter, found '" + id + "'");
    }
  }

  /** The reward with snake_case overrides applied to the defaults (e.g. {@code tau=2.0}). */
  public R make(Map<String, String> overrides) {
    return ConfigBinder.bind(defaults, overrides);
  }
}
