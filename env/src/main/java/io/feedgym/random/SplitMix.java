package io.feedgym.random;

import java.util.random.RandomGenerator;

/**
 * A seeded random stream whose state can be saved and restored, so a resumed run continues every
 * stream exactly where it stopped. It is the SplitMix64 generator of Steele, Lea and Flood 2014
 * ("Fast splittable pseudorandom number generators", OOPSLA), implemented as
 * {@link java.util.SplittableRandom} is, and draws the same values as a {@code SplittableRandom} with
 * the same seed (a test pins this), but {@code SplittableRandom} does not expose its state. Not
 * thread-safe.
 */
public final class SplitMix implements RandomGenerator {
  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  private long seed;
  private final long gamma;

  /** A stream seeded with {@code seed}, drawing what {@code new SplittableRandom(seed)} draws. */
  public SplitMix(long seed) {
    this(seed, GOLDEN_GAMMA);
  }

  private SplitMix(long seed, long gamma) {
    this.seed = seed;
    this.gamma = gamma;
  }

  /** The stream with the given saved {@link #state()}; the gamma must be odd, as every stream's is. */
  public static SplitMix restore(State state) {
    return new SplitMix(state.seed(), state.gamma());
  }

  /** The stream's position, enough to continue it with {@link #restore}. */
  public State state() {
    return new State(seed, gamma);
  }

  /** An independent stream split off this one, as {@link java.util.SplittableRandom#split()} does. */
  public SplitMix split() {
    return new SplitMix(nextLong(), mixGamma(nextSeed()));
  }

  @Override
  public long nextLong() {
    return mix64(nextSeed());
  }

  @Override
  public int nextInt() {
    return mix32(nextSeed());
  }

  private long nextSeed() {
    return seed += gamma;
  }

  private static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static int mix32(long z) {
    z = (z ^ (z >>> 33)) * 0x62a9d9ed799705f5L;
    return (int) (((z ^ (z >>> 28)) * 0xcb24d0a5c88c35b3L) >>> 32);
  }

  private static long mixGamma(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    z = (z ^ (z >>> 33)) | 1L;
    int n = Long.bitCount(z ^ (z >>> 1));
    return (n < 24) ? z ^ 0xaaaaaaaaaaaaaaaaL : z;
  }

  /**
   * A saved stream position.
   *
   * @param seed the current seed
   * @param gamma the stream's odd increment
   */
  public record State(long seed, long gamma) {
    public State {
      if ((gamma & 1) == 0) {
        throw new IllegalArgumentException("a random stream's gamma must be odd, found " + gamma);
      }
    }

    /** The state as text, {@code seed:gamma} in hexadecimal, for properties files. */
    @Override
    public String toString() {
      return Long.toHexString(seed) + ":" + Long.toHexString(gamma);
    }

    /** Parses {@link #toString()}; fails naming the text when it is not of that form. */
    public static State parse(String text) {
      String[] parts = text.split(":", -1);
      if (parts.length != 2) {
        throw new IllegalArgumentException("random state must be 'seed:gamma' in hexadecimal, found '" + text + "'");
      }
      try {
        return new State(Long.parseUnsignedLong(parts[0], 16), Long.parseUnsignedLong(parts[1], 16));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("random state must be 'seed:gamma' in hexadecimal, found '" + text + "'", e);
      }
    }
  }
}
