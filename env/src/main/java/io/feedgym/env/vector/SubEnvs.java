package io.feedgym.env.vector;

import com.google.common.collect.ImmutableList;
import io.feedgym.env.Environment;
import io.feedgym.env.spaces.Space;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The sub-environments of a vector env and the checks shared by its implementations: equal spaces,
 * reset before step, one action per sub-env, nothing after close. Not thread-safe.
 */
final class SubEnvs<O, A> {
  private final ImmutableList<SubEnv<O, A>> envs;
  private final Space<O> observationSpace;
  private final Space<A> actionSpace;
  private boolean started;
  private boolean closed;

  SubEnvs(List<? extends Environment<O, A>> environments) {
    Objects.requireNonNull(environments, "envs");
    if (environments.isEmpty()) {
      throw new IllegalArgumentException("envs must hold at least one environment, found 0");
    }
    var builder = ImmutableList.<SubEnv<O, A>>builder();
    for (int i = 0; i < environments.size(); i++) {
      builder.add(new SubEnv<>(i, Objects.requireNonNull(environments.get(i), "envs[" + i + "]")));
    }
    this.envs = builder.build();
    this.observationSpace = environments.get(0).observationSpace();
    this.actionSpace = environments.get(0).actionSpace();
    for (int i = 1; i < environments.size(); i++) {
      Environment<O, A> env = environments.get(i);
      if (!observationSpace.equals(env.observationSpace()) || !actionSpace.equals(env.actionSpace())) {
        throw new IllegalArgumentException("every sub-env must have the spaces of sub-env 0 (observation "
            + observationSpace + ", action " + actionSpace + "); sub-env " + i + " has observation "
            + env.observationSpace() + ", action " + env.actionSpace());
      }
    }
  }

  /** Builds one environment per supplier, in order. */
  static <O, A> List<Environment<O, A>> build(List<? extends Supplier<? extends Environment<O, A>>> factories) {
    Objects.requireNonNull(factories, "factories");
    List<Environment<O, A>> envs = new ArrayList<>(factories.size());
    for (Supplier<? extends Environment<O, A>> factory : factories) {
      envs.add(factory.get());
    }
    return envs;
  }

  int size() {
    return envs.size();
  }

  SubEnv<O, A> get(int i) {
    return envs.get(i);
  }

  Space<O> observationSpace() {
    return observationSpace;
  }

  Space<A> actionSpace() {
    return actionSpace;
  }

  /** Checks that a reset may start; afterwards steps are allowed. */
  void beginReset() {
    checkOpen("reset");
    started = true;
  }

  /** Checks that a step may start with {@code actions}. */
  void beginStep(List<A> actions) {
    checkOpen("step");
    if (!started) {
      throw new IllegalStateException("step() called before reset(seed)");
    }
    Objects.requireNonNull(actions, "actions");
    if (actions.size() != envs.size()) {
      throw new IllegalArgumentException(
          "actions must hold numEnvs=" + envs.size() + " actions, found " + actions.size());
    }
  }

  private void checkOpen(String operation) {
    if (closed) {
      throw new IllegalStateException(operation + "() called on a closed vector env");
    }
  }

  /**
   * Closes every sub-env once (later calls do nothing); if some fail, the first failure is thrown
   * after all were closed, with the others suppressed.
   */
  void close() {
    if (closed) {
      return;
    }
    closed = true;
    VectorEnvException failure = null;
    for (int i = 0; i < envs.size(); i++) {
      try {
        envs.get(i).env().close();
      } catch (RuntimeException e) {
        var wrapped = new VectorEnvException(i, "close", e);
        if (failure == null) {
          failure = wrapped;
        } else {
          failure.addSuppressed(wrapped);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
