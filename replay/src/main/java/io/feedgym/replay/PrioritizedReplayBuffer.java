package io.feedgym.replay;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableDoubleArray;
import com.google.common.primitives.ImmutableIntArray;
import io.feedgym.replay.file.ReplayReader;
import io.feedgym.replay.file.ReplayWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Proportional prioritized experience replay (Schaul et al. 2016, "Prioritized Experience Replay",
 * Algorithm 1): item i is drawn with P(i) = p_i^α / Σ_k p_k^α (Eq. 1), p_i = |δ_i| + ε, new items get
 * the largest priority seen so far, and a batch of k is drawn one item from each of k equal segments of
 * the priority mass (Appendix B.2.1) through a {@link SumTree}. Each item carries the importance-sampling
 * weight w_i = (N · P(i))^−β / max_j w_j over the batch (Section 3.4), with β annealed linearly to 1
 * ({@link PrioritizedConfig#beta}). Not thread-safe.
 */
public final class PrioritizedReplayBuffer<T> extends StoredReplayBuffer<T> {
  private final PrioritizedConfig config;
  private final SumTree tree;
  private double maxPriority = 1.0;
  private long batches;

  /** A buffer over {@code storage}, which it owns from now on. */
  public PrioritizedReplayBuffer(ReplayStorage<T> storage, PrioritizedConfig config) {
    super(storage, "prioritized");
    this.config = config;
    this.tree = new SumTree(storage.capacity());
  }

  /** Stores {@code item} with the largest priority seen so far, p = max_i p_i (1 before any update). */
  @Override
  public void add(T item) {
    long before = storage.added();
    storage.add(item);
    double priority = Math.pow(maxPriority, config.alpha());
    for (long k = before; k < storage.added(); k++) {
      tree.set((int) (k % capacity()), priority);
    }
  }

  @Override
  public Batch<T> sampleBatch(int batchSize, RandomGenerator random) {
    int size = size();
    Batch.checkSize(batchSize, size);
    double beta = beta();
    batches++;
    double total = tree.total();
    double segment = total / batchSize;
    List<T> items = new ArrayList<>(batchSize);
    int[] indices = new int[batchSize];
    double[] weights = new double[batchSize];
    double maxWeight = 0;
    for (int i = 0; i < batchSize; i++) {
      indices[i] = tree.find(segment * (i + random.nextDouble()));
      items.add(storage.get(indices[i]));
      weights[i] = Math.pow(size * tree.get(indices[i]) / total, -beta);
      maxWeight = Math.max(maxWeight, weights[i]);
    }
    for (int i = 0; i < batchSize; i++) {
      weights[i] /= maxWeight;
    }
    return new Batch<>(ImmutableList.copyOf(items), ImmutableIntArray.copyOf(indices),
        ImmutableDoubleArray.copyOf(weights));
  }

  /**
   * Sets p_i = |δ_i| + ε for each index; TD errors must be finite, indices stored slots. All arguments
   * are checked before any priority changes. An index whose item was evicted since it was sampled
   * updates the item now in that slot, as in the paper's implementations.
   */
  @Override
  public void updatePriorities(ImmutableIntArray indices, double[] tdErrors) {
    if (indices.length() != tdErrors.length) {
      throw new IllegalArgumentException("indices and td_errors must have the same length, found "
          + indices.length() + " and " + tdErrors.length);
    }
    for (int i = 0; i < tdErrors.length; i++) {
      if (indices.get(i) < 0 || indices.get(i) >= size()) {
        throw new IllegalArgumentException(
            "indices[" + i + "] must be a stored slot in [0, " + size() + "), found " + indices.get(i));
      }
      if (!Double.isFinite(tdErrors[i])) {
        throw new IllegalArgumentException("td_errors[" + i + "] must be finite, found " + tdErrors[i]);
      }
    }
    for (int i = 0; i < tdErrors.length; i++) {
      double priority = Math.abs(tdErrors[i]) + config.epsilon();
      tree.set(indices.get(i), Math.pow(priority, config.alpha()));
      maxPriority = Math.max(maxPriority, priority);
    }
  }

  /** The importance-sampling exponent of the next batch. */
  public double beta() {
    return config.beta(batches);
  }

  /** Writes the items, the largest priority, the number of batches drawn (β's position) and the priorities. */
  @Override
  void write(ReplayWriter out) throws IOException {
    super.write(out);
    out.writeDouble(maxPriority);
    out.writeLong(batches);
    tree.write(out, size());
  }

  @Override
  void read(ReplayReader in) throws IOException {
    super.read(in);
    double max = in.readDouble();
    if (!(max > 0) || !Double.isFinite(max)) {
      throw in.corrupt("max_priority must be positive and finite, found " + max);
    }
    maxPriority = max;
    batches = in.readLong("batches", 0, Long.MAX_VALUE);
    tree.read(in, size());
  }
}
