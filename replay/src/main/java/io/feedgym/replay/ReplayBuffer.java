package io.feedgym.replay;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A bounded store of experience that agents sample minibatches from. Implementations are not
 * thread-safe.
 *
 * @param <T> the stored item, usually a {@link Transition}
 */
public interface ReplayBuffer<T> {

  /** Adds an item, evicting the oldest one when the buffer is full. */
  void add(T item);

  /** Draws {@code batchSize} items with {@code random}; the buffer must not be empty. */
  List<T> sample(int batchSize, SplittableRandom random);

  /** Number of items currently stored. */
  int size();

  /** Maximum number of items stored. */
  int capacity();
}
