package io.feedgym.offline.ope;

import io.feedgym.env.feed.FeedObservation;
import io.feedgym.offline.LoggedSession;

/**
 * The direct method's reward model q̂(x, c, k) = P̂(click | page x, candidate c at position k): one ridge
 * regression per position of the linear-probability model on φ(x, c) = [1, the candidate's item features, the
 * user features, the page context], fitted on the logged (page, item at k, click) rows of every page of the
 * sessions. Cross-fitted over two folds (session index parity): the model that predicts for a session was
 * fitted on the other fold's sessions, so a session's own click never enters its prediction (Chernozhukov et
 * al. 2018). Immutable once built; serializable, so that a distributed evaluation can ship it.
 */
public final class RewardModel implements java.io.Serializable {
  private static final long serialVersionUID = 1L;
  private final int positions;
  private final double[][][] theta; // [fold][position][feature]

  private RewardModel(int positions, double[][][] theta) {
    this.positions = positions;
    this.theta = theta;
  }

  /** Fits the model for the first {@code positions} positions of every logged page. */
  public static RewardModel fit(OpeData data, int positions, double ridge) {
    RidgeRegression[][] folds = folds(features(data.page(0, 0).observation(), 0).length, positions, ridge);
    for (int i = 0; i < data.size(); i++) {
      add(folds, data.session(i), i);
    }
    return solve(folds);
  }

  /**
   * Empty regressions for {@code positions} positions of each fold, as {@code [fold][position]}, on φ of
   * {@code dim} features: what {@link #add} accumulates and {@link #solve} solves.
   */
  public static RidgeRegression[][] folds(int dim, int positions, double ridge) {
    RidgeRegression[][] folds = new RidgeRegression[2][positions];
    for (int fold = 0; fold < 2; fold++) {
      for (int k = 0; k < positions; k++) {
        folds[fold][k] = new RidgeRegression(dim, ridge);
      }
    }
    return folds;
  }

  /** The dimension of φ on pages like {@code page}. */
  public static int dimension(FeedObservation page) {
    return features(page, 0).length;
  }

  /**
   * Adds the logged rows of {@code session}, session {@code index} of the log, to the regressions of the fold
   * that predicts for the other parity (cross-fitting).
   */
  public static void add(RidgeRegression[][] folds, LoggedSession session, long index) {
    RidgeRegression[] fitting = folds[(int) ((index + 1) % 2)];
    for (int k = 0; k < fitting.length; k++) {
      for (var page : session.pages()) {
        if (k < page.slate().length()) {
          fitting[k].add(features(page.observation(), page.slate().get(k)),
              page.feedback().positions().get(k).clicked() ? 1 : 0);
        }
      }
    }
  }

  /** Solves the accumulated regressions; a fold without rows is an error. */
  public static RewardModel solve(RidgeRegression[][] folds) {
    int positions = folds[0].length;
    double[][][] theta = new double[2][positions][];
    for (int fold = 0; fold < 2; fold++) {
      for (int k = 0; k < positions; k++) {
        if (folds[fold][k].rows() == 0) {
          throw new IllegalArgumentException("the reward model needs logged pages in both folds; with one "
              + "session, or only sessions of one parity, one fold is empty");
        }
        theta[fold][k] = folds[fold][k].solve();
      }
    }
    return new RewardModel(positions, theta);
  }

  /**
   * This model for a subset of the log's sessions numbered from 0, whose first is session {@code first} of the
   * log: the folds swap when {@code first} is odd, so that each session keeps the fold of its place in the log.
   */
  public RewardModel from(long first) {
    return first % 2 == 0 ? this : new RewardModel(positions, new double[][][] {theta[1], theta[0]});
  }

  /** q̂ for candidate c at position k of {@code page}, a page of session i (which picks the fold). */
  public double predict(int i, FeedObservation page, int c, int k) {
    if (k >= positions) {
      throw new IllegalArgumentException("the reward model was fitted for " + positions + " positions, asked for "
          + "position " + k);
    }
    return RidgeRegression.dot(theta[i % 2][k], features(page, c));
  }

  /** Σ_c P(c at k) · q̂(x, c, k): the model's expected reward at position k under the marginals {@code p}. */
  public double expected(int i, FeedObservation page, double[] p, int k) {
    double s = 0;
    for (int c = 0; c < p.length; c++) {
      if (p[c] != 0) {
        s += p[c] * predict(i, page, c, k);
      }
    }
    return s;
  }

  /** φ(x, c) = [1, item features of c, user features, context]. */
  static double[] features(FeedObservation page, int c) {
    double[] user = page.user();
    double[] context = page.context();
    int f = page.numFeatures();
    double[] x = new double[1 + f + user.length + context.length];
    x[0] = 1;
    for (int j = 0; j < f; j++) {
      x[1 + j] = page.feature(c, j);
    }
    System.arraycopy(user, 0, x, 1 + f, user.length);
    System.arraycopy(context, 0, x, 1 + f + user.length, context.length);
    return x;
  }
}
