package io.feedgym.env.vector;

import io.feedgym.env.spaces.Space;
import java.util.List;

/**
 * {@code numEnvs} environments with the same spaces stepped in lock-step, with automatic resets in
 * Gymnasium 1.x next-step semantics: when sub-env {@code i} finished at step {@code t}, the step at
 * {@code t + 1} ignores action {@code i} and resets it, returning the reset observation with reward 0,
 * no termination or truncation and the reset info (see the package documentation). The info of the
 * finishing step also holds {@link #FINAL_OBSERVATION} and {@link #FINAL_INFO}. One thread drives a
 * vector environment; after an exception its state is undefined and it should be closed.
 *
 * @param <O> observation type of one sub-env
 * @param <A> action type of one sub-env
 */
public interface VectorEnv<O, A> extends AutoCloseable {
  /** Info key of the final observation of an episode, in the info of the step where it finished. */
  String FINAL_OBSERVATION = "final_observation";
  /** Info key of the sub-env's own info of the step where an episode finished. */
  String FINAL_INFO = "final_info";

  /** The number of sub-environments. */
  int numEnvs();

  /** The observation space of one sub-env. */
  Space<O> singleObservationSpace();

  /** The action space of one sub-env. */
  Space<A> singleActionSpace();

  /** Resets every sub-env, sub-env {@code i} with seed {@code seed + i}. */
  VectorReset<O> reset(long seed);

  /**
   * Steps every sub-env with its action ({@code actions.get(i)} for sub-env {@code i}), or resets the
   * sub-envs that finished in the previous call. Throws {@link IllegalStateException} before the
   * first reset or after close, {@link IllegalArgumentException} when {@code actions} does not hold
   * {@link #numEnvs()} actions, and {@link VectorEnvException} naming the sub-env when one fails.
   */
  VectorStep<O> step(List<A> actions);

  /** Closes every sub-env and releases threads; calling it more than once has no further effect. */
  @Override
  void close();
}
