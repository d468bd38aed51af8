package io.feedgym.spark.ope;

/**
 * The Poisson bootstrap's resampling weights (Hanley and MacGibbon 2006, "Creating non-parametric bootstrap samples
 * using Poisson frequencies"; Chamandy et al. 2012, "Estimating uncertainty for massive data streams"): in replicate
 * b, unit u (a session) is counted c_{b,u} ~ Poisson(1) times, independently, instead of the multinomial counts of
 * drawing n units with replacement, which needs n known in one place. Each count is a pure function of (seed, b, u):
 * a SplitMix64 hash (Steele, Lea and Flood 2014) of the three gives a uniform, inverted through the Poisson(1)
 * distribution function, so the counts do not depend on how the units are partitioned or ordered. Stateless.
 */
final class PoissonWeights {
  private static final double E_INV = Math.exp(-1);

  private PoissonWeights() {}

  /** c_{b,u} for replicate {@code replicate} of unit {@code unit} under {@code seed}. */
  static int count(long seed, int replicate, long unit) {
    long h = mix(mix(seed ^ 0x9E3779B97F4A7C15L) + mix(unit) * 31 + replicate);
    double u = (h >>> 11) * 0x1.0p-53;
    int k = 0;
    double p = E_INV;
    double cumulative = p;
    while (u >= cumulative && k < 30) {
      k++;
      p /= k;
      cumulative += p;
    }
    return k;
  }

  /** SplitMix64's finaliser. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
