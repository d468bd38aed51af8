package io.feedgym.env.sampling;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Normal draws by the Box–Muller transform: each draw consumes exactly two uniforms from the given
 * {@link SplittableRandom} and uses only the cosine branch, so a seeded stream gives the same values. Stateless and thread-safe.
 */
public final class Gaussian {
  private Gaussian() {}

  /** A draw from Normal({@code mean}, {@code stddev}²). */
  public static double sample(RandomGenerator random, double mean, double stddev) {
    double u1 = 1.0 - random.nextDouble();
    double u2 = random.nextDouble();
    return mean + stddev * Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
  }
}
