package io.feedgym.offline.ope;

/**
 * Doubly robust estimation (Dudík, Langford and Li 2011, eq. 3): V̂_DR = (1/n) Σ_i [Σ_a π(a | x_i) q̂(x_i, a)
 * + w_i (r_i − q̂(x_i, a_i))], the direct method corrected by the importance-weighted residual of the
 * cross-fitted {@link RewardModel}, on the top position of the first page. Unbiased when the propensities are
 * exact, whatever q̂; lower variance than IPS when q̂ is good.
 *
 * @param ridge the reward model's ridge penalty, positive
 */
public record DoublyRobust(double ridge) implements ModelBasedEstimator {

  public DoublyRobust {
    io.feedgym.config.Checks.positive("ridge", ridge);
  }

  @Override
  public String id() {
    return "dr";
  }

  @Override
  public Estimand estimand() {
    return Estimand.TOP_SLOT;
  }

  @Override
  public Terms terms(OpeData data, RewardModel model) {
    double[] w = TopSlot.weights(data);
    double[] values = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      values[i] = TopSlot.direct(data, model, i)
          + w[i] * (TopSlot.reward(data, i) - TopSlot.predicted(data, model, i));
    }
    return Terms.mean(estimand(), values, w);
  }
}
