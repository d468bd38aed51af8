package io.feedgym.env;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Objects;

/** The first observation of an episode and the environment's info map. */
public record Reset<O>(O observation, ImmutableMap<String, Object> info) {

  public Reset {
    Objects.requireNonNull(observation, "observation");
    Objects.requireNonNull(info, "info");
  }

  /** A reset result with an info map copied from {@code info}. */
  public static <O> Reset<O> of(O observation, Map<String, ?> info) {
    return new Reset<>(observation, ImmutableMap.copyOf(info));
  }

  /** A reset result with an empty info map. */
  public static <O> Reset<O> of(O observation) {
    return new Reset<>(observation, ImmutableMap.of());
  }
}
