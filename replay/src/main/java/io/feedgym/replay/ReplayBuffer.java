package io.feedgym.replay;

import com.google.common.primitives.ImmutableIntArray;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A bounded store of experience that agents sample minibatches from, oldest items evicted first.
 * Implementations are not thread-safe.
 *
 * @param <T> the stored item, usually a {@link Transition}
 */
public interface ReplayBuffer<T> {

  /** Adds an item, evicting the oldest one when the buffer is full. */
  void add(T item);

  /**
   * Draws {@code batchSize} items with {@code random}, with their buffer indices and importance-sampling
   * weights; the batch size must be positive and at most {@link #size()}.
   */
  Batch<T> sampleBatch(int batchSize, RandomGenerator random);

  /** The items of {@link #sampleBatch}, for agents that neither weight nor reprioritize them. */
  default List<T> sample(int batchSize, RandomGenerator random) {
    return sampleBatch(batchSize, random).items();
  }

  /**
   * Sets the priorities of the items at {@code indices} (from a {@link Batch}) from their new TD errors.
   * Buffers that sample uniformly ignore it.
   */
  default void updatePriorities(ImmutableIntArray indices, double[] tdErrors) {}

  /** Number of items currently stored. */
  int size();

  /** Maximum number of items stored. */
  int capacity();

  /** Writes the whole buffer, sampling state included, to {@code file} (see {@code ReplayFile}). */
  void save(Path file) throws IOException;

  /**
   * Replaces this buffer's content with what {@link #save} wrote to {@code file}; the file must come from
   * a buffer of the same kind, capacity and shape. A file that fails the header, length or checksum
   * checks leaves the buffer unchanged.
   */
  void load(Path file) throws IOException;
}
