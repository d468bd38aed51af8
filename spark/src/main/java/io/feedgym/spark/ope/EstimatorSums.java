package io.feedgym.spark.ope;

import io.feedgym.offline.ope.Bootstrap;
import io.feedgym.offline.ope.Diagnostics;
import io.feedgym.offline.ope.Estimand;
import io.feedgym.offline.ope.Estimate;
import io.feedgym.offline.ope.Terms;
import java.io.Serializable;
import java.util.Arrays;

/**
 * One estimator's sums over sessions, mergeable across partitions: per slot t the numerators' and denominators'
 * sums (the estimate is Σ_t Σ num / Σ den, as {@link Terms#estimate()} defines it), the same sums weighted by each
 * session's Poisson counts in every bootstrap replicate, and the importance weights' count, sum, sum of squares and
 * maximum for the diagnostics. Not thread-safe.
 */
final class EstimatorSums implements Serializable {
  private static final long serialVersionUID = 1L;
  private final String id;
  private final int replicates;
  private Estimand estimand;
  private int width;
  private double[] num;
  private double[] den;
  private double[][] numB;
  private double[][] denB;
  private int sessions;
  private int weights;
  private double wSum;
  private double wSquares;
  private double wMax = Double.NEGATIVE_INFINITY;

  EstimatorSums(String id, int replicates) {
    this.id = id;
    this.replicates = replicates;
  }

  /** Adds one session's terms, the session counted {@code counts[b]} times in replicate b. */
  void add(Terms terms, int[] counts) {
    if (terms.sessions() != 1) {
      throw new IllegalArgumentException("expected the terms of one session, found " + terms.sessions());
    }
    if (num == null) {
      allocate(terms.estimand(), terms.width());
    } else if (terms.width() != width) {
      throw new IllegalArgumentException(id + ": sessions give terms of width " + width + " and " + terms.width()
          + "; the distributed evaluation needs one width");
    }
    sessions++;
    for (int t = 0; t < width; t++) {
      double x = terms.numerators()[t];
      double d = terms.denominators() == null ? 1 : terms.denominators()[t];
      num[t] += x;
      den[t] += d;
      for (int b = 0; b < replicates; b++) {
        if (counts[b] != 0) {
          numB[b][t] += counts[b] * x;
          denB[b][t] += counts[b] * d;
        }
      }
    }
    for (double w : terms.weights()) {
      weights++;
      wSum += w;
      wSquares += w * w;
      wMax = Math.max(wMax, w);
    }
  }

  private void allocate(Estimand e, int w) {
    estimand = e;
    width = w;
    num = new double[w];
    den = new double[w];
    numB = new double[replicates][w];
    denB = new double[replicates][w];
  }

  /** Adds {@code other}'s sums; returns this. */
  EstimatorSums merge(EstimatorSums other) {
    if (other.num == null) {
      return this;
    }
    if (num == null) {
      allocate(other.estimand, other.width);
    }
    for (int t = 0; t < width; t++) {
      num[t] += other.num[t];
      den[t] += other.den[t];
      for (int b = 0; b < replicates; b++) {
        numB[b][t] += other.numB[b][t];
        denB[b][t] += other.denB[b][t];
      }
    }
    sessions += other.sessions;
    weights += other.weights;
    wSum += other.wSum;
    wSquares += other.wSquares;
    wMax = Math.max(wMax, other.wMax);
    return this;
  }

  /** The estimate with its Poisson-bootstrap percentile interval at {@code confidence}. */
  Estimate estimate(double confidence) {
    double[] draws = new double[replicates];
    int finite = 0;
    for (int b = 0; b < replicates; b++) {
      double x = ratio(numB[b], denB[b]);
      if (Double.isFinite(x)) {
        draws[finite++] = x;
      }
    }
    return Bootstrap.summarize(id, estimand, ratio(num, den), Arrays.copyOf(draws, finite), confidence, sessions,
        Diagnostics.ofSums(weights, wSum, wSquares, wMax));
  }

  private double ratio(double[] n, double[] d) {
    double total = 0;
    for (int t = 0; t < width; t++) {
      total += n[t] / d[t];
    }
    return total;
  }
}
