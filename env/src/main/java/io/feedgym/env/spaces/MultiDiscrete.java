package io.feedgym.env.spaces;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Vectors of independent discrete values, Gymnasium's {@code MultiDiscrete}: position {@code i} holds
 * an integer in {@code 0 .. nvec[i]-1}. Immutable and thread-safe.
 */
public final class MultiDiscrete implements Space<int[]> {
  private final int[] nvec;

  /** The space with {@code nvec[i]} values at position {@code i}; {@code nvec} is copied. */
  public MultiDiscrete(int... nvec) {
    if (nvec == null || nvec.length == 0) {
      throw new IllegalArgumentException("nvec must hold at least one size, found "
          + (nvec == null ? "null" : "[]"));
    }
    for (int i = 0; i < nvec.length; i++) {
      if (nvec[i] <= 0) {
        throw new IllegalArgumentException("nvec[" + i + "] must be positive, found " + nvec[i]);
      }
    }
    this.nvec = nvec.clone();
  }

  /** The number of values at each position (a copy). */
  public int[] nvec() {
    return nvec.clone();
  }

  /** The number of positions of one member. */
  public int size() {
    return nvec.length;
  }

  @Override
  public boolean contains(int[] value) {
    if (value == null || value.length != nvec.length) {
      return false;
    }
    for (int i = 0; i < value.length; i++) {
      if (value[i] < 0 || value[i] >= nvec[i]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int[] sample(RandomGenerator random) {
    int[] out = new int[nvec.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = random.nextInt(nvec[i]);
    }
    return out;
  }

  @Override
  public String describe(int[] value) {
    return value == null ? "null" : Arrays.toString(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MultiDiscrete m && Arrays.equals(nvec, m.nvec);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(nvec);
  }

  @Override
  public String toString() {
    return "MultiDiscrete(" + Arrays.toString(nvec) + ")";
  }
}
