package io.feedgym.offline.ope;

/**
 * The direct method (Dudík, Langford and Li 2011, "Doubly robust policy evaluation and learning", eq. 1):
 * V̂_DM = (1/n) Σ_i Σ_a π(a | x_i) q̂(x_i, a), with q̂ the cross-fitted ridge {@link RewardModel} of the click
 * at the top position. No importance weights: low variance, biased as far as q̂ is wrong.
 *
 * @param ridge the reward model's ridge penalty, positive
 */
public record DirectMethod(double ridge) implements ModelBasedEstimator {

  public DirectMethod {
    io.feedgym.config.Checks.positive("ridge", ridge);
  }

  @Override
  public String id() {
    return "dm";
  }

  @Override
  public Estimand estimand() {
    return Estimand.TOP_SLOT;
  }

  @Override
  public Terms terms(OpeData data, RewardModel model) {
    double[] values = new double[data.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = TopSlot.direct(data, model, i);
    }
    return Terms.mean(estimand(), values, new double[0]);
  }
}
