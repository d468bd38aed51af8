package io.feedgym.env.spaces;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Ordered slates of {@code k} distinct indices out of {@code n} candidates, the action space of a
 * recommender that fills {@code k} positions. An availability mask (true = may be shown), which may
 * change every step, restricts the valid slates further. Immutable and thread-safe.
 */
public record Slate(int k, int n) implements Space<int[]> {

  public Slate {
    if (n <= 0) {
      throw new IllegalArgumentException("n must be positive, found " + n);
    }
    if (k <= 0 || k > n) {
      throw new IllegalArgumentException("k must be in [1, n=" + n + "], found " + k);
    }
  }

  /** True when {@code slate} holds {@code k} distinct indices in {@code [0, n)}. */
  @Override
  public boolean contains(int[] slate) {
    return problem(slate, null) == null;
  }

  /** True when {@code slate} is in this space and every index is available in {@code mask}. */
  public boolean contains(int[] slate, boolean[] mask) {
    checkMask(mask);
    return problem(slate, mask) == null;
  }

  /** Throws {@link IllegalArgumentException} naming what is wrong when {@code slate} is not in this space. */
  public void validate(int[] slate) {
    String problem = problem(slate, null);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  /**
   * Throws {@link IllegalArgumentException} naming what is wrong (wrong length, index out of range,
   * duplicate index, masked index) when {@code slate} is not valid under {@code mask}.
   */
  public void validate(int[] slate, boolean[] mask) {
    checkMask(mask);
    String problem = problem(slate, mask);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  /** Draws {@code k} distinct indices uniformly without replacement, in random order. */
  @Override
  public int[] sample(RandomGenerator random) {
    int[] all = new int[n];
    Arrays.setAll(all, i -> i);
    return draw(all, n, random);
  }

  /**
   * Draws {@code k} distinct available indices uniformly without replacement, in random order; a mask
   * with fewer than {@code k} available indices is an {@link IllegalArgumentException}.
   */
  public int[] sample(RandomGenerator random, boolean[] mask) {
    checkMask(mask);
    int[] available = new int[n];
    int count = 0;
    for (int i = 0; i < n; i++) {
      if (mask[i]) {
        available[count++] = i;
      }
    }
    if (count < k) {
      throw new IllegalArgumentException(
          "mask has " + count + " available indices, fewer than k=" + k + " needed for " + this);
    }
    return draw(available, count, random);
  }

  /** The first {@code k} entries of {@code pool[0, size)} after a partial Fisher–Yates shuffle. */
  private int[] draw(int[] pool, int size, RandomGenerator random) {
    for (int i = 0; i < k; i++) {
      int j = i + random.nextInt(size - i);
      int swap = pool[i];
      pool[i] = pool[j];
      pool[j] = swap;
    }
    return Arrays.copyOf(pool, k);
  }

  private void checkMask(boolean[] mask) {
    if (mask == null) {
      throw new IllegalArgumentException("mask must not be null");
    }
    if (mask.length != n) {
      throw new IllegalArgumentException("mask must have length n=" + n + ", found " + mask.length);
    }
  }

  private String problem(int[] slate, boolean[] mask) {
    if (slate == null) {
      return "slate must not be null";
    }
    if (slate.length != k) {
      return "slate must hold k=" + k + " indices, found " + slate.length;
    }
    long[] taken = new long[(n + 63) >>> 6];
    for (int position = 0; position < k; position++) {
      int index = slate[position];
      if (index < 0 || index >= n) {
        return "slate index " + index + " at position " + position + " is out of range [0, " + n + ")";
      }
      if ((taken[index >>> 6] & (1L << index)) != 0) {
        return "slate index " + index + " appears twice, at positions " + firstPosition(slate, index) + " and "
            + position;
      }
      taken[index >>> 6] |= 1L << index;
      if (mask != null && !mask[index]) {
        return "slate index " + index + " at position " + position + " is masked (not available)";
      }
    }
    return null;
  }

  private static int firstPosition(int[] slate, int index) {
    int position = 0;
    while (slate[position] != index) {
      position++;
    }
    return position;
  }

  @Override
  public String describe(int[] value) {
    return value == null ? "null" : Arrays.toString(value);
  }

  @Override
  public String toString() {
    return "Slate(k=" + k + ", n=" + n + ")";
  }
}
