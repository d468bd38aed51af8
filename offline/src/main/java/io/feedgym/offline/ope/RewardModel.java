package io.feedgym.offline.ope;

import io.feedgym.env.feed.FeedObservation;

/**
 * The direct method's reward model q̂(x, c, k) = P̂(click | page x, candidate c at position k): one ridge
 * regression per position of the linear-probability model on φ(x, c) = [1, the candidate's item features, the
 * user features, the page context], fitted on the logged (page, item at k, click) rows of every page of the
 * sessions. Cross-fitted over two folds (session index parity): the model that predicts for a session was
 * fitted on the other fold's sessions, so a session's own click never enters its prediction (Chernozhukov et
 * al. 2018). Immutable once built.
 */
public final class RewardModel {
  private final int positions;
  private final double[][][] theta; // [fold][position][feature]

  private RewardModel(int positions, double[][][] theta) {
    this.positions = positions;
    this.theta = theta;
  }

  /** Fits the model for the first {@code positions} positions of every logged page. */
  public static RewardModel fit(OpeData data, int positions, double ridge) {
    int dim = features(data.page(0, 0).observation(), 0).length;
    double[][][] theta = new double[2][positions][];
    for (int fold = 0; fold < 2; fold++) {
      for (int k = 0; k < positions; k++) {
        RidgeRegression ridgeK = new RidgeRegression(dim, ridge);
        for (int i = 0; i < data.size(); i++) {
          if (i % 2 == fold) {
            continue;
          }
          for (int t = 0; t < data.session(i).pages().size(); t++) {
            var page = data.page(i, t);
            if (k < page.slate().length()) {
              ridgeK.add(features(page.observation(), page.slate().get(k)), data.click(i, t, k));
            }
          }
        }
        if (ridgeK.rows() == 0) {
          throw new IllegalArgumentException("the reward model needs logged pages in both folds; with "
              + data.size() + " session(s) one fold is empty");
        }
        theta[fold][k] = ridgeK.solve();
      }
    }
    return new RewardModel(positions, theta);
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
