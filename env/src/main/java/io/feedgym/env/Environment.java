package io.feedgym.env;

import io.feedgym.env.spaces.Space;
import io.feedgym.random.SplitMix;
import java.util.Optional;

/**
 * A Gymnasium-style environment: {@link #reset(long)} starts an episode, {@link #step} advances it by one
 * action. Implementations are not thread-safe; one thread drives one environment.
 *
 * @param <O> observation type
 * @param <A> action type
 */
public interface Environment<O, A> extends AutoCloseable {

  /** The space every observation returned by reset and step lies in. */
  Space<O> observationSpace();

  /** The space of valid actions. */
  Space<A> actionSpace();

  /** Starts a new episode, re-seeding every random source of the environment from {@code seed}. */
  Reset<O> reset(long seed);

  /** Starts a new episode, continuing the random stream of the previous seed (or a fixed default seed). */
  Reset<O> reset();

  /**
   * Applies one action. Throws {@link IllegalStateException} when no episode is running (before the
   * first reset or after terminated/truncated) and {@link IllegalArgumentException} naming the action
   * and the space when the action is not in {@link #actionSpace()}.
   */
  Step<O> step(A action);

  /**
   * The position of the random stream that {@link #reset()} continues, so a checkpoint can restore it;
   * empty for environments that do not expose it (their runs cannot be resumed from a checkpoint).
   */
  default Optional<SplitMix.State> randomState() {
    return Optional.empty();
  }

  /** Continues the random stream from {@code state}, taken by {@link #randomState()} of an equal environment. */
  default void restoreRandomState(SplitMix.State state) {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " does not expose its random state, so "
        + "it cannot be restored from a checkpoint");
  }

  /** Releases resources; calling it more than once has no further effect. */
  @Override
  void close();
}
