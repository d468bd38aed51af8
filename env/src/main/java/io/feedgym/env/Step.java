package io.feedgym.env;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of one {@link Environment#step}: {@code terminated} means the MDP reached a terminal
 * state (do not bootstrap), {@code truncated} means an outside limit cut the episode (do bootstrap).
 */
public record Step<O>(
    O observation,
    double reward,
    boolean terminated,
    boolean truncated,
    ImmutableMap<String, Object> info) {

  public Step {
    Objects.requireNonNull(observation, "observation");
    Objects.requireNonNull(info, "info");
  }

  /** A step result with an info map copied from {@code info}. */
  public static <O> Step<O> of(
      O observation, double reward, boolean terminated, boolean truncated, Map<String, ?> info) {
    return new Step<>(observation, reward, terminated, truncated, ImmutableMap.copyOf(info));
  }

  /** A step result with an empty info map. */
  public static <O> Step<O> of(O observation, double reward, boolean terminated, boolean truncated) {
    return new Step<>(observation, reward, terminated, truncated, ImmutableMap.of());
  }

  /** True when the episode is over, whether terminated or truncated. */
  public boolean done() {
    return terminated || truncated;
  }

  /** A copy with {@code truncated} set (used by time limits). */
  public Step<O> withTruncated(boolean value) {
    return new Step<>(observation, reward, terminated, value, info);
  }

  /** A copy with {@code reward} replaced (used by reward transforms). */
  public Step<O> withReward(double value) {
    return new Step<>(observation, value, terminated, truncated, info);
  }

  /** A copy with one more info entry (replacing an existing key). */
  public Step<O> withInfo(String key, Object value) {
    var builder = ImmutableMap.<String, Object>builder().putAll(info).put(key, value);
    return new Step<>(observation, reward, terminated, truncated, builder.buildKeepingLast());
  }
}
