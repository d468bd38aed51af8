package io.feedgym.config;

/** Argument checks for configuration records; each failure names the parameter and its allowed range. */
public final class Checks {
  private Checks() {}

  /** {@code value} must be a positive finite number. */
  public static void positive(String name, double value) {
    if (!(value > 0) || !Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " must be a positive finite number, found " + value);
    }
  }

  /** {@code value} must be a finite number ≥ 0. */
  public static void nonNegative(String name, double value) {
    if (!(value >= 0) || !Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " must be a finite number >= 0, found " + value);
    }
  }

  /** {@code value} must be finite. */
  public static void finite(String name, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " must be a finite number, found " + value);
    }
  }

  /** {@code value} must be a probability in [0, 1]. */
  public static void probability(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be a probability in [0, 1], found " + value);
    }
  }

  /** {@code value} must lie in the closed interval [{@code low}, {@code high}]. */
  public static void inRange(String name, double value, double low, double high) {
    if (!(value >= low && value <= high)) {
      throw new IllegalArgumentException(name + " must be in [" + low + ", " + high + "], found " + value);
    }
  }

  /** {@code value} must be at least {@code min}. */
  public static void atLeast(String name, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(name + " must be >= " + min + ", found " + value);
    }
  }

  /** {@code slateSize} must be in [1, numCandidates] and {@code numCandidates} positive. */
  public static void slate(int numCandidates, int slateSize) {
    atLeast("num_candidates", numCandidates, 1);
    if (slateSize <= 0 || slateSize > numCandidates) {
      throw new IllegalArgumentException(
          "slate_size must be in [1, num_candidates=" + numCandidates + "], found " + slateSize);
    }
  }
}
