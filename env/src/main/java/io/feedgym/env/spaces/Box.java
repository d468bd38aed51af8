package io.feedgym.env.spaces;

import com.google.common.base.Preconditions;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * A box of real vectors with per-dimension bounds, Gymnasium's {@code Box}. Values are flat
 * {@code double[]} arrays in row-major order of {@link #shape()}; bounds may be infinite.
 */
public final class Box implements Space<double[]> {
  private final double[] low;
  private final double[] high;
  private final int[] shape;

  /** A box with the given bounds (copied) and shape; the product of the shape must equal the bounds' length. */
  public Box(double[] low, double[] high, int... shape) {
    Preconditions.checkArgument(low.length == high.length,
        "low and high must have the same length, found %s and %s", low.length, high.length);
    int size = 1;
    for (int d : shape) {
      Preconditions.checkArgument(d > 0, "shape dimensions must be positive, found %s", Arrays.toString(shape));
      size *= d;
    }
    Preconditions.checkArgument(size == low.length,
        "shape %s holds %s values but bounds have %s", Arrays.toString(shape), size, low.length);
    for (int i = 0; i < low.length; i++) {
      Preconditions.checkArgument(!Double.isNaN(low[i]) && !Double.isNaN(high[i]) && low[i] <= high[i],
          "bounds at index %s must satisfy low <= high, found low=%s high=%s", i, low[i], high[i]);
    }
    this.low = low.clone();
    this.high = high.clone();
    this.shape = shape.clone();
  }

  /** A one-dimensional box with the given bounds. */
  public Box(double[] low, double[] high) {
    this(low, high, low.length);
  }

  /** A box of the given shape with the same bounds in every dimension. */
  public static Box uniform(double low, double high, int... shape) {
    int size = Arrays.stream(shape).reduce(1, (a, b) -> a * b);
    double[] lo = new double[size];
    double[] hi = new double[size];
    Arrays.fill(lo, low);
    Arrays.fill(hi, high);
    return new Box(lo, hi, shape);
  }

  /** Number of values in one member (the product of the shape). */
  public int size() {
    return low.length;
  }

  public double[] low() {
    return low.clone();
  }

  public double[] high() {
    return high.clone();
  }

  public double low(int i) {
    return low[i];
  }

  public double high(int i) {
    return high[i];
  }

  public int[] shape() {
    return shape.clone();
  }

  @Override
  public boolean contains(double[] value) {
    if (value == null || value.length != low.length) {
      return false;
    }
    for (int i = 0; i < value.length; i++) {
      double v = value[i];
      if (Double.isNaN(v) || v < low[i] || v > high[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Samples like Gymnasium: uniform on bounded dimensions, exponential on half-bounded ones and
   * standard normal on unbounded ones.
   */
  @Override
  public double[] sample(RandomGenerator random) {
    double[] out = new double[low.length];
    for (int i = 0; i < out.length; i++) {
      boolean lowFinite = Double.isFinite(low[i]);
      boolean highFinite = Double.isFinite(high[i]);
      if (lowFinite && highFinite) {
        out[i] = low[i] + random.nextDouble() * (high[i] - low[i]);
      } else if (lowFinite) {
        out[i] = low[i] - Math.log(1.0 - random.nextDouble());
      } else if (highFinite) {
        out[i] = high[i] + Math.log(1.0 - random.nextDouble());
      } else {
        out[i] = gaussian(random);
      }
    }
    return out;
  }

  private static double gaussian(RandomGenerator random) {
    double u1 = 1.0 - random.nextDouble();
    double u2 = random.nextDouble();
    return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
  }

  @Override
  public String describe(double[] value) {
    return value == null ? "null" : Arrays.toString(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Box b && Arrays.equals(low, b.low) && Arrays.equals(high, b.high)
        && Arrays.equals(shape, b.shape);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(low) + Arrays.hashCode(high)) + Arrays.hashCode(shape);
  }

  @Override
  public String toString() {
    return "Box(low=" + Arrays.toString(low) + ", high=" + Arrays.toString(high)
        + ", shape=" + Arrays.toString(shape) + ")";
  }
}
