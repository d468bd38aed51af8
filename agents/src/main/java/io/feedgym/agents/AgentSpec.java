package io.feedgym.agents;

import io.feedgym.env.Environment;
import io.feedgym.policies.Agent;
import java.util.Objects;

/**
 * A registered agent: its CLI id, a one-line description, its default configuration record and the
 * factory that assembles an agent for an environment.
 */
public record AgentSpec<C extends Record>(String id, String description, C defaults, Factory<C> factory) {

  /** Assembles an agent for {@code env} from a configuration, a seed and the planned training steps (for schedules). */
  @FunctionalInterface
  public interface Factory<C> {
    /** Fails with an {@link IllegalArgumentException} when the agent cannot act in {@code env}'s spaces. */
    Agent<?, ?> create(Environment<?, ?> env, C config, long seed, long totalSteps);
  }

  public AgentSpec {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(defaults, "defaults");
    Objects.requireNonNull(factory, "factory");
    if (!id.matches("[a-z][a-z0-9-]*")) {
      throw new IllegalArgumentException("agent id must be lower-case words joined by '-', found '" + id + "'");
    }
  }

  /** Assembles an agent for {@code env}. */
  public Agent<?, ?> create(Environment<?, ?> env, C config, long seed, long totalSteps) {
    return factory.create(env, config, seed, totalSteps);
  }
}
