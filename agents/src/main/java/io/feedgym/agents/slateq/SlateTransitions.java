package io.feedgym.agents.slateq;

import io.feedgym.env.Step;
import io.feedgym.env.feedback.Feedback;
import io.feedgym.env.spaces.Slate;
import io.feedgym.replay.ReplayStorage;

/**
 * SlateQ's replay part for one kind of slate observation: the storage its transitions are kept in, how a
 * step (with the per-position {@link Feedback} in its info) becomes a stored transition, and how a stored
 * one is read back: its pages and the items that receive its item-wise target. Implementations are
 * immutable and thread-safe.
 *
 * @param <O> the observation type
 * @param <T> the stored transition
 */
interface SlateTransitions<O, T> {

  /** A new storage of {@code capacity} transitions with slates of {@code slates}. */
  ReplayStorage<T> newStorage(int capacity, Slate slates);

  /** The transition of {@code step}, taken with {@code slate} from {@code observation}. */
  T transition(O observation, int[] slate, Step<O> step);

  /** The page {@code t} was taken from. */
  O observation(T t);

  /** The page after {@code t}. */
  O nextObservation(T t);

  /** The clicked candidates of {@code t} in position order, or {@code {nullItem}} (⊥) when nothing was clicked. */
  int[] trainedItems(T t, int nullItem);

  /** The {@link Feedback} in the info of {@code step}; its absence is an {@link IllegalArgumentException}. */
  static Feedback feedback(Step<?> step) {
    if (!(step.info().get(Feedback.INFO_KEY) instanceof Feedback feedback)) {
      throw new IllegalArgumentException("step info must hold a Feedback under '" + Feedback.INFO_KEY
          + "', found keys " + step.info().keySet());
    }
    return feedback;
  }
}
