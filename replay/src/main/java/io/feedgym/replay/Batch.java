package io.feedgym.replay;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableDoubleArray;
import com.google.common.primitives.ImmutableIntArray;
import java.util.Arrays;
import java.util.List;

/**
 * A sampled minibatch: the items, the buffer index each was drawn from (to pass back to
 * {@link ReplayBuffer#updatePriorities}) and its importance-sampling weight in (0, 1] (1 for uniform
 * sampling).
 */
public record Batch<T>(ImmutableList<T> items, ImmutableIntArray indices, ImmutableDoubleArray weights) {

  public Batch {
    items = ImmutableList.copyOf(items);
    if (items.isEmpty() || indices.length() != items.size() || weights.length() != items.size()) {
      throw new IllegalArgumentException("a batch needs one index and one weight per item, found " + items.size()
          + " items, " + indices.length() + " indices, " + weights.length() + " weights");
    }
    for (int i = 0; i < weights.length(); i++) {
      if (!(weights.get(i) > 0 && weights.get(i) <= 1)) {
        throw new IllegalArgumentException("weights must be in (0, 1], found " + weights.get(i) + " at " + i);
      }
    }
  }

  /** A batch of uniformly drawn items, every weight 1. */
  public static <T> Batch<T> uniform(List<T> items, int[] indices) {
    double[] ones = new double[items.size()];
    Arrays.fill(ones, 1.0);
    return new Batch<>(ImmutableList.copyOf(items), ImmutableIntArray.copyOf(indices), ImmutableDoubleArray.copyOf(ones));
  }

  /**
   * Checks a requested batch size against the {@code stored} item count: an empty buffer is an
   * {@link IllegalStateException}, a non-positive or too large batch an {@link IllegalArgumentException}.
   */
  static void checkSize(int batchSize, int stored) {
    if (batchSize <= 0) {
      throw new IllegalArgumentException("batch_size must be positive, found " + batchSize);
    }
    if (stored == 0) {
      throw new IllegalStateException("cannot sample from an empty replay buffer");
    }
    if (batchSize > stored) {
      throw new IllegalArgumentException(
          "batch_size must be at most the buffer's size " + stored + ", found " + batchSize);
    }
  }
}
