package io.feedgym.replay;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Samples uniformly with replacement from a {@link ReplayStorage} (the replay memory of Mnih et al.
 * 2015); every importance-sampling weight is 1. Not thread-safe.
 */
public final class UniformReplayBuffer<T> extends StoredReplayBuffer<T> {

  /** A buffer of at most {@code capacity} objects, kept by reference in an {@link ObjectStorage}. */
  public UniformReplayBuffer(int capacity) {
    this(new ObjectStorage<>(capacity));
  }

  /** A buffer over {@code storage}, which it owns from now on. */
  public UniformReplayBuffer(ReplayStorage<T> storage) {
    super(storage, "uniform");
  }

  /** Draws each item with {@code random.nextInt(size)}, counted from the oldest stored item. */
  @Override
  public Batch<T> sampleBatch(int batchSize, RandomGenerator random) {
    int size = size();
    Batch.checkSize(batchSize, size);
    int oldest = storage.oldestSlot();
    List<T> items = new ArrayList<>(batchSize);
    int[] indices = new int[batchSize];
    for (int i = 0; i < batchSize; i++) {
      indices[i] = (oldest + random.nextInt(size)) % capacity();
      items.add(storage.get(indices[i]));
    }
    return Batch.uniform(items, indices);
  }
}
