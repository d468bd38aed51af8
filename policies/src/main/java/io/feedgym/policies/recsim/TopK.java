package io.feedgym.policies.recsim;

import java.util.Arrays;
import java.util.Comparator;

/** Indices of the {@code k} largest keys, largest first, ties broken by the lower index. */
final class TopK {
  private TopK() {}

  static int[] indices(double[] keys, int k) {
    if (k <= 0 || k > keys.length) {
      throw new IllegalArgumentException("k must be in [1, " + keys.length + "], found " + k);
    }
    Integer[] order = new Integer[keys.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -keys[i]).thenComparingInt(i -> i));
    int[] top = new int[k];
    for (int i = 0; i < k; i++) {
      top[i] = order[i];
    }
    return top;
  }
}
