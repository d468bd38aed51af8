package io.feedgym.env.wrappers;

import io.feedgym.env.Environment;
import io.feedgym.env.Reset;
import io.feedgym.env.Step;
import io.feedgym.env.spaces.Space;
import io.feedgym.random.SplitMix;
import java.util.Objects;
import java.util.Optional;

/**
 * Base of environment wrappers: forwards everything to the wrapped environment, so a wrapper
 * overrides only what it changes. Not thread-safe, like the environments it wraps.
 */
public abstract class Wrapper<O, A> implements Environment<O, A> {
  protected final Environment<O, A> env;

  protected Wrapper(Environment<O, A> env) {
    this.env = Objects.requireNonNull(env, "env");
  }

  /** The directly wrapped environment. */
  public Environment<O, A> unwrapped() {
    return env;
  }

  @Override
  public Space<O> observationSpace() {
    return env.observationSpace();
  }

  @Override
  public Space<A> actionSpace() {
    return env.actionSpace();
  }

  @Override
  public Reset<O> reset(long seed) {
    return onReset(env.reset(seed));
  }

  @Override
  public Reset<O> reset() {
    return onReset(env.reset());
  }

  /** Called with every reset result of the wrapped environment; returns what this wrapper's reset returns. */
  protected Reset<O> onReset(Reset<O> reset) {
    return reset;
  }

  @Override
  public Step<O> step(A action) {
    return env.step(action);
  }

  @Override
  public Optional<SplitMix.State> randomState() {
    return env.randomState();
  }

  @Override
  public void restoreRandomState(SplitMix.State state) {
    env.restoreRandomState(state);
  }

  @Override
  public void close() {
    env.close();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "<" + env + ">";
  }
}
