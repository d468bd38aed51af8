package io.feedgym.env.feed;

import io.feedgym.env.sampling.Gaussian;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * What {@link FeedDrift} makes of the world on each day: the cohort prototypes, their price sensitivity,
 * which items are released and the popularity the recommender observes. Drawn once from a stream split off
 * {@code catalog_seed} (the catalog's own draws are untouched): per segment between shift days and per
 * cohort, the jump direction (from the second segment on), the price factor (likewise), then the direction
 * of the slow turn; the unreleased items and their order come from a second stream split off that one.
 * Immutable; a function of the configuration and the day only.
 */
final class DriftSchedule {
  private final int dim;
  private final int cohorts;
  /** ω, radians per day. */
  private final double speed;
  /** The first day of each segment: 0, then the shift days. */
  private final double[] segmentStart;
  /** Per segment, each cohort's prototype at the segment's first day, unit rows {@code cohorts × dim}. */
  private final double[][] start;
  /** Per segment, each cohort's unit direction of turning, orthogonal to its start. */
  private final double[][] tangent;
  /** Per segment, each cohort's price sensitivity λ. */
  private final double[][] priceSensitivity;
  /** The day each item is released; −∞ for the items of day 0. */
  private final double[] releaseDay;
  private final double lastRelease;
  private final double[] popularity;
  private final double rampDays;

  DriftSchedule(FeedConfig config, Catalog catalog) {
    FeedDrift drift = config.drift();
    dim = catalog.dim;
    cohorts = config.numCohorts();
    speed = Math.toRadians(drift.gradualSpeed());
    popularity = catalog.popularity;
    rampDays = drift.popularityRampDays();
    List<Double> shifts = drift.shiftDays();
    int segments = shifts.size() + 1;
    segmentStart = new double[segments];
    start = new double[segments][];
    tangent = new double[segments][cohorts * dim];
    priceSensitivity = new double[segments][cohorts];
    SplittableRandom random = new SplittableRandom(config.catalogSeed()).split();
    SplittableRandom items = random.split();
    start[0] = catalog.cohortPrototypes.clone();
    for (int c = 0; c < cohorts; c++) {
      priceSensitivity[0][c] = config.cohortPriceSensitivity().get(c);
    }
    for (int k = 0; k < segments; k++) {
      if (k > 0) {
        segmentStart[k] = shifts.get(k - 1);
        start[k] = new double[cohorts * dim];
      }
      for (int c = 0; c < cohorts; c++) {
        if (k > 0) {
          double[] before = turned(k - 1, c, segmentStart[k]);
          double[] away = orthogonalUnit(random, before, 0, dim);
          double angle = Math.toRadians(drift.shiftAngle());
          for (int j = 0; j < dim; j++) {
            start[k][c * dim + j] = Math.cos(angle) * before[j] + Math.sin(angle) * away[j];
          }
          Catalog.normalize(start[k], c * dim, dim);
          priceSensitivity[k][c] = priceSensitivity[k - 1][c]
              * Math.exp(Gaussian.sample(random, 0, drift.shiftPriceLogStd()));
        }
        System.arraycopy(orthogonalUnit(random, start[k], c, dim), 0, tangent[k], c * dim, dim);
      }
    }
    releaseDay = new double[catalog.size];
    Arrays.fill(releaseDay, Double.NEGATIVE_INFINITY);
    int unreleased = drift.unreleasedItems(catalog.size);
    int[] order = new int[catalog.size];
    Arrays.setAll(order, i -> i);
    for (int j = 0; j < unreleased; j++) {
      int pick = j + items.nextInt(catalog.size - j);
      int item = order[pick];
      order[pick] = order[j];
      order[j] = item;
      releaseDay[item] = (j + 1) / (drift.releaseRate() * catalog.size);
    }
    lastRelease = unreleased == 0 ? Double.NEGATIVE_INFINITY : releaseDay[order[unreleased - 1]];
  }

  /**
   * Cohort {@code cohort}'s prototype on {@code day}, a new unit vector: in the segment k holding the day,
   * cos(ω (day − d_k)) · a_k + sin(ω (day − d_k)) · w_k, normalised (exactly a_k on the segment's first day).
   */
  double[] prototype(int cohort, double day) {
    int k = segment(day);
    return turned(k, cohort, day);
  }

  private double[] turned(int k, int cohort, double day) {
    double angle = speed * (day - segmentStart[k]);
    double[] out = Arrays.copyOfRange(start[k], cohort * dim, (cohort + 1) * dim);
    if (angle == 0) {
      return out;
    }
    for (int j = 0; j < dim; j++) {
      out[j] = Math.cos(angle) * out[j] + Math.sin(angle) * tangent[k][cohort * dim + j];
    }
    Catalog.normalize(out, 0, dim);
    return out;
  }

  /** Cohort {@code cohort}'s price sensitivity on {@code day}. */
  double priceSensitivity(int cohort, double day) {
    return priceSensitivity[segment(day)][cohort];
  }

  /** The index of the segment holding {@code day}: the number of shift days ≤ day. */
  private int segment(double day) {
    int k = 0;
    while (k + 1 < segmentStart.length && segmentStart[k + 1] <= day) {
      k++;
    }
    return k;
  }

  /** True when {@code item} is released on {@code day} (may be recalled and shown). */
  boolean released(int item, double day) {
    return releaseDay[item] <= day;
  }

  /** True when every item is released on {@code day}. */
  boolean allReleased(double day) {
    return lastRelease <= day;
  }

  /** The popularity the recommender observes on {@code day}: pop_i · (1 − exp(−age / τ)) for an item released at age days. */
  double popularity(int item, double day) {
    if (releaseDay[item] == Double.NEGATIVE_INFINITY || rampDays == 0) {
      return popularity[item];
    }
    return popularity[item] * -Math.expm1(-(day - releaseDay[item]) / rampDays);
  }

  /** A uniformly drawn unit vector orthogonal to unit row {@code row} of {@code values}. */
  private static double[] orthogonalUnit(RandomGenerator random, double[] values, int row, int dim) {
    double[] out = new double[dim];
    for (int j = 0; j < dim; j++) {
      out[j] = Gaussian.sample(random, 0, 1);
    }
    double along = 0;
    for (int j = 0; j < dim; j++) {
      along += out[j] * values[row * dim + j];
    }
    for (int j = 0; j < dim; j++) {
      out[j] -= along * values[row * dim + j];
    }
    Catalog.normalize(out, 0, dim);
    return out;
  }
}
