package io.feedgym.offline.ope;

import io.feedgym.config.Checks;
import io.feedgym.env.feed.FeedObservation;

/**
 * Fitted Q evaluation, FQE (Le, Voloshin and Yue 2019, "Batch policy learning under constraints", Algorithm 3):
 * repeatedly regress Q(s_t, a_t) on r_t + Q_prev(s_{t+1}, π) over the logged pages, then value the target at
 * the sessions' first pages, V̂ = (1/n) Σ_i Q(s_i0, π). Here Q is linear, fitted by ridge in plain Java, on
 * ψ(s, slate) = [1, user features, page context, the item features at each position k], so that
 * Q(s, π) = θ·E_π ψ(s, slate) only needs the target's position-wise marginals. A session's last logged page
 * is terminal (the estimand is the logged session's return, undiscounted); the regression is iterated as many
 * times as the longest session has pages, enough for the values to reach page 0. Biased as far as the linear Q
 * is wrong; the bootstrap resamples the first-page values with θ fixed, so its interval omits the fit's
 * variance.
 *
 * @param ridge the ridge penalty, positive
 */
public record FittedQEvaluation(double ridge) implements Estimator {

  public FittedQEvaluation {
    Checks.positive("ridge", ridge);
  }

  @Override
  public String id() {
    return "fqe";
  }

  @Override
  public Estimand estimand() {
    return Estimand.SESSION;
  }

  @Override
  public Terms terms(OpeData data) {
    int rows = 0;
    int horizon = 0;
    for (int i = 0; i < data.size(); i++) {
      rows += data.session(i).pages().size();
      horizon = Math.max(horizon, data.session(i).pages().size());
    }
    int dim = features(data.page(0, 0).observation(), data.targetMarginals(0, 0)).length;
    double[][] logged = new double[rows][];
    double[][] next = new double[rows][];
    double[] reward = new double[rows];
    RidgeRegression ridgeFit = new RidgeRegression(dim, ridge);
    int row = 0;
    for (int i = 0; i < data.size(); i++) {
      int pages = data.session(i).pages().size();
      for (int t = 0; t < pages; t++) {
        var page = data.page(i, t);
        if (page.slate().length() != data.page(0, 0).slate().length()) {
          throw new IllegalArgumentException("fqe needs slates of one size, session " + data.session(i).sessionId()
              + " page " + t + " has " + page.slate().length());
        }
        logged[row] = features(page.observation(), oneHot(page.observation(), page.slate().toArray()));
        next[row] = t + 1 < pages ? features(data.page(i, t + 1).observation(), data.targetMarginals(i, t + 1)) : null;
        reward[row] = page.feedback().clicks();
        ridgeFit.add(logged[row], 0);
        row++;
      }
    }
    double[] theta = new double[dim];
    for (int iteration = 0; iteration < horizon; iteration++) {
      double[] moment = new double[dim];
      for (int r = 0; r < rows; r++) {
        double y = reward[r] + (next[r] == null ? 0 : RidgeRegression.dot(theta, next[r]));
        for (int a = 0; a < dim; a++) {
          moment[a] += logged[r][a] * y;
        }
      }
      theta = ridgeFit.solve(moment);
    }
    double[] values = new double[data.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = RidgeRegression.dot(theta, features(data.page(i, 0).observation(), data.targetMarginals(i, 0)));
    }
    return Terms.mean(estimand(), values, new double[0]);
  }

  private static double[][] oneHot(FeedObservation page, int[] slate) {
    double[][] q = new double[slate.length][page.numCandidates()];
    for (int k = 0; k < slate.length; k++) {
      q[k][slate[k]] = 1;
    }
    return q;
  }

  /** ψ = [1, user, context, Σ_c q[k][c] · item features of c for each position k]. */
  static double[] features(FeedObservation page, double[][] q) {
    double[] user = page.user();
    double[] context = page.context();
    int f = page.numFeatures();
    double[] x = new double[1 + user.length + context.length + q.length * f];
    x[0] = 1;
    System.arraycopy(user, 0, x, 1, user.length);
    System.arraycopy(context, 0, x, 1 + user.length, context.length);
    int at = 1 + user.length + context.length;
    for (double[] position : q) {
      for (int c = 0; c < position.length; c++) {
        if (position[c] != 0) {
          for (int j = 0; j < f; j++) {
            x[at + j] += position[c] * page.feature(c, j);
          }
        }
      }
      at += f;
    }
    return x;
  }
}
