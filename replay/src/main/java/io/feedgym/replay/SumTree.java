package io.feedgym.replay;

import io.feedgym.replay.file.ReplayReader;
import io.feedgym.replay.file.ReplayWriter;
import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;

/**
 * A binary tree whose leaves hold non-negative priorities and whose inner nodes hold the sums of their
 * children, so that setting a priority and finding the leaf at a prefix sum both take O(log n) (Schaul
 * et al. 2016, "Prioritized Experience Replay", Appendix B.2.1). Leaves are padded to a power of two and
 * stored as a 1-based heap: node i has children 2i and 2i+1, leaf j is node {@code leaves + j}.
 */
final class SumTree {
  private final int capacity;
  private final int leaves;
  private final double[] nodes;

  SumTree(int capacity) {
    if (capacity <= 0 || capacity > 1 << 30) {
      throw new IllegalArgumentException("capacity must be in [1, 2^30], found " + capacity);
    }
    this.capacity = capacity;
    this.leaves = Integer.highestOneBit(capacity) == capacity ? capacity : Integer.highestOneBit(capacity) << 1;
    this.nodes = new double[2 * leaves];
  }

  /** Sets the priority of leaf {@code index}, which must be finite and non-negative, and updates the sums above it. */
  void set(int index, double priority) {
    Objects.checkIndex(index, capacity);
    if (!(priority >= 0) || !Double.isFinite(priority)) {
      throw new IllegalArgumentException("priority must be a finite number >= 0, found " + priority + " at index "
          + index);
    }
    int node = leaves + index;
    nodes[node] = priority;
    for (node >>= 1; node >= 1; node >>= 1) {
      nodes[node] = nodes[2 * node] + nodes[2 * node + 1];
    }
  }

  double get(int index) {
    return nodes[leaves + Objects.checkIndex(index, capacity)];
  }

  /** The sum of all priorities. */
  double total() {
    return nodes[1];
  }

  /**
   * The leaf i with p_0 + … + p_{i−1} ≤ {@code prefix} < p_0 + … + p_i; never a zero-priority leaf, even
   * when rounding puts {@code prefix} at or past the total. The total must be positive.
   */
  int find(double prefix) {
    if (!(total() > 0)) {
      throw new IllegalStateException("cannot search a sum tree whose priorities are all 0");
    }
    if (!(prefix >= 0)) {
      throw new IllegalArgumentException("prefix must be >= 0, found " + prefix);
    }
    int node = 1;
    while (node < leaves) {
      double left = nodes[2 * node];
      if (prefix < left || nodes[2 * node + 1] == 0) {
        node = 2 * node;
      } else {
        prefix -= left;
        node = 2 * node + 1;
      }
    }
    return node - leaves;
  }

  /** Writes the first {@code count} priorities. */
  void write(ReplayWriter out, int count) throws IOException {
    out.doubles(nodes, leaves, count);
  }

  /** Reads {@code count} priorities written by {@link #write}; the other leaves become 0. */
  void read(ReplayReader in, int count) throws IOException {
    double[] read = new double[count];
    in.doubles(read, 0, count);
    for (int i = 0; i < count; i++) {
      if (!(read[i] >= 0) || !Double.isFinite(read[i])) {
        throw in.corrupt("priority " + i + " must be a finite number >= 0, found " + read[i]);
      }
    }
    Arrays.fill(nodes, 0.0);
    System.arraycopy(read, 0, nodes, leaves, count);
    for (int node = leaves - 1; node >= 1; node--) {
      nodes[node] = nodes[2 * node] + nodes[2 * node + 1];
    }
  }
}
