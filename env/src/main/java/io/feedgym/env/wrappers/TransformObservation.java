package io.feedgym.env.wrappers;

import io.feedgym.env.Environment;
import io.feedgym.env.Reset;
import io.feedgym.env.Step;
import io.feedgym.env.spaces.Space;
import io.feedgym.random.SplitMix;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Maps every observation through a function into a new observation space, Gymnasium's
 * {@code TransformObservation} (encoders, normalisation, feature selection). The caller states the new
 * space; the environment checker verifies that transformed observations lie in it. Because the
 * observation type changes this is not a {@link Wrapper}, but it forwards everything else the same
 * way. Not thread-safe.
 *
 * @param <O> observation type of the wrapped environment
 * @param <P> observation type after the transform
 * @param <A> action type
 */
public final class TransformObservation<O, P, A> implements Environment<P, A> {
  private final Environment<O, A> env;
  private final Function<? super O, ? extends P> transform;
  private final Space<P> observationSpace;

  /** Wraps {@code env}, mapping its observations with {@code transform} into {@code observationSpace}. */
  public TransformObservation(
      Environment<O, A> env, Function<? super O, ? extends P> transform, Space<P> observationSpace) {
    this.env = Objects.requireNonNull(env, "env");
    this.transform = Objects.requireNonNull(transform, "transform");
    this.observationSpace = Objects.requireNonNull(observationSpace, "observationSpace");
  }

  /** The directly wrapped environment. */
  public Environment<O, A> unwrapped() {
    return env;
  }

  @Override
  public Space<P> observationSpace() {
    return observationSpace;
  }

  @Override
  public Space<A> actionSpace() {
    return env.actionSpace();
  }

  @Override
  public Reset<P> reset(long seed) {
    Reset<O> reset = env.reset(seed);
    return new Reset<>(apply(reset.observation()), reset.info());
  }

  @Override
  public Reset<P> reset() {
    Reset<O> reset = env.reset();
    return new Reset<>(apply(reset.observation()), reset.info());
  }

  @Override
  public Step<P> step(A action) {
    Step<O> step = env.step(action);
    return new Step<>(apply(step.observation()), step.reward(), step.terminated(), step.truncated(), step.info());
  }

  private P apply(O observation) {
    P transformed = transform.apply(observation);
    if (transformed == null) {
      throw new IllegalStateException("TransformObservation: transform returned null for observation "
          + env.observationSpace().describe(observation));
    }
    return transformed;
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
    return "TransformObservation<" + env + ">";
  }
}
