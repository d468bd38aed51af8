package io.feedgym.env.registry;

import io.feedgym.env.Environment;
import java.util.Objects;
import java.util.function.Function;

/**
 * A registered environment: its id, a one-line description, its default configuration record and
 * the factory that builds a (wrapped) environment from a configuration.
 */
public record EnvSpec<C extends Record>(
    String id, String description, C defaults, Function<C, Environment<?, ?>> factory) {

  public EnvSpec {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(defaults, "defaults");
    Objects.requireNonNull(factory, "factory");
    if (!id.matches("[a-z0-9][a-z0-9-]*-v[0-9]+")) {
      throw new IllegalArgumentException("environment id must look like 'name-v0', found '" + id + "'");
    }
  }

  /** Builds an environment from {@code config}. */
  public Environment<?, ?> make(C config) {
    return factory.apply(config);
  }
}
