package io.feedgym.replay;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A ring buffer that samples uniformly with replacement (the replay memory of Mnih et al. 2015). Not
 * thread-safe.
 */
public final class UniformReplayBuffer<T> implements ReplayBuffer<T> {
  private final Object[] items;
  private int next;
  private int size;

  /** A buffer holding at most {@code capacity} items; capacity must be positive. */
  public UniformReplayBuffer(int capacity) {
    if (capacity <= 0) {
      throw new IllegalArgumentException("buffer_size must be positive, found " + capacity);
    }
    this.items = new Object[capacity];
  }

  @Override
  public void add(T item) {
    if (item == null) {
      throw new IllegalArgumentException("replay item must not be null");
    }
    items[next] = item;
    next = (next + 1) % items.length;
    size = Math.min(size + 1, items.length);
  }

  @Override
  public List<T> sample(int batchSize, SplittableRandom random) {
    if (batchSize <= 0) {
      throw new IllegalArgumentException("batch_size must be positive, found " + batchSize);
    }
    if (size == 0) {
      throw new IllegalStateException("cannot sample from an empty replay buffer");
    }
    List<T> batch = new ArrayList<>(batchSize);
    for (int i = 0; i < batchSize; i++) {
      batch.add(get(random.nextInt(size)));
    }
    return batch;
  }

  /** The item at {@code index}, 0 being the oldest stored item. */
  public T get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("index " + index + " outside [0, " + size + ")");
    }
    int start = size < items.length ? 0 : next;
    @SuppressWarnings("unchecked")
    T item = (T) items[(start + index) % items.length];
    return item;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public int capacity() {
    return items.length;
  }
}
