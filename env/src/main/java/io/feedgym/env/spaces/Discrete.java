package io.feedgym.env.spaces;

import java.util.random.RandomGenerator;

/** The integers {@code 0 .. n-1}, Gymnasium's {@code Discrete(n)}. */
public record Discrete(int n) implements Space<Integer> {

  public Discrete {
    if (n <= 0) {
      throw new IllegalArgumentException("n must be positive, found " + n);
    }
  }

  @Override
  public boolean contains(Integer value) {
    return value != null && value >= 0 && value < n;
  }

  @Override
  public Integer sample(RandomGenerator random) {
    return random.nextInt(n);
  }

  /** Draws uniformly among the indices where {@code mask} is true. */
  public int sample(RandomGenerator random, boolean[] mask) {
    if (mask.length != n) {
      throw new IllegalArgumentException("mask length must be " + n + ", found " + mask.length);
    }
    int available = 0;
    for (boolean m : mask) {
      available += m ? 1 : 0;
    }
    if (available == 0) {
      throw new IllegalArgumentException("mask allows no action of " + this);
    }
    int pick = random.nextInt(available);
    for (int i = 0; i < n; i++) {
      if (mask[i] && pick-- == 0) {
        return i;
      }
    }
    throw new AssertionError("unreachable");
  }

  @Override
  public String toString() {
    return "Discrete(" + n + ")";
  }
}
