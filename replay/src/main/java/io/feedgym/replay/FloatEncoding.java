package io.feedgym.replay;

/**
 * How primitive storages keep observations: each double rounded to the nearest float, which halves the
 * memory (networks compute in float anyway). A finite value beyond float range is an error rather than
 * a silent infinity.
 */
public final class FloatEncoding {
  private FloatEncoding() {}

  /** Throws {@link IllegalArgumentException} naming {@code name} when a finite value has no finite float. */
  public static void checkRange(double[] values, String name) {
    for (int i = 0; i < values.length; i++) {
      if (Double.isFinite(values[i]) && Float.isInfinite((float) values[i])) {
        throw new IllegalArgumentException(name + "[" + i + "] = " + values[i] + " is beyond float range (±"
            + Float.MAX_VALUE + ")");
      }
    }
  }

  /** Writes {@code values}, rounded to float, into {@code into} from {@code offset}. */
  public static void encode(double[] values, float[] into, int offset) {
    for (int i = 0; i < values.length; i++) {
      into[offset + i] = (float) values[i];
    }
  }

  /** The {@code length} floats of {@code from} starting at {@code offset}, as doubles. */
  public static double[] decode(float[] from, int offset, int length) {
    double[] values = new double[length];
    for (int i = 0; i < length; i++) {
      values[i] = from[offset + i];
    }
    return values;
  }
}
