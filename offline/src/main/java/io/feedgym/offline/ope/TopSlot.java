package io.feedgym.offline.ope;

/**
 * The single-item view of a session shared by the contextual-bandit estimators: the top position of the first
 * page, with the logged item a, its click r, the weight w = π(a | x)/μ(a | x) and, given a reward model, the
 * model's q̂(x, a) and its expectation under the target, Σ_c π(c | x) q̂(x, c).
 */
final class TopSlot {
  private TopSlot() {}

  /** r_i, the click at the top of session i's first page. */
  static double reward(OpeData data, int i) {
    return data.click(i, 0, 0);
  }

  /** w_i = π(a_i | x_i) / μ(a_i | x_i). */
  static double weight(OpeData data, int i) {
    return data.conditionalWeight(i, 0, 0);
  }

  /** Every session's w_i. */
  static double[] weights(OpeData data) {
    double[] w = new double[data.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = weight(data, i);
    }
    return w;
  }

  /** q̂(x_i, a_i), the model's prediction for the logged item. */
  static double predicted(OpeData data, RewardModel model, int i) {
    return model.predict(i, data.page(i, 0).observation(), data.page(i, 0).slate().get(0), 0);
  }

  /** Σ_c π(c | x_i) q̂(x_i, c), the direct method's term. */
  static double direct(OpeData data, RewardModel model, int i) {
    double[] p = data.target().marginals(data.page(i, 0).observation(), 1)[0];
    return model.expected(i, data.page(i, 0).observation(), p, 0);
  }
}
