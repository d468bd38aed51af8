package io.feedgym.offline.ope;

import io.feedgym.config.Checks;

/**
 * Switch doubly robust (Wang, Agarwal and Dudík 2017, "Optimal and adaptive off-policy evaluation in contextual
 * bandits", eq. 7 with DR in place of IPS): actions whose weight exceeds τ are valued by the reward model alone,
 * the others by DR, so V̂ = (1/n) Σ_i [Σ_a π(a | x_i) q̂(x_i, a) + 1[w_i ≤ τ] w_i (r_i − q̂(x_i, a_i))], on the
 * top position of the first page. τ = ∞ is DR; τ = 0 is the direct method.
 *
 * @param ridge the reward model's ridge penalty, positive
 * @param tau the weight threshold τ, positive
 */
public record SwitchDoublyRobust(double ridge, double tau) implements ModelBasedEstimator {

  public SwitchDoublyRobust {
    Checks.positive("ridge", ridge);
    if (!(tau > 0)) {
      throw new IllegalArgumentException("switch_tau must be positive (or infinite), found " + tau);
    }
  }

  @Override
  public String id() {
    return "switch-dr";
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
      double correction = w[i] <= tau ? w[i] * (TopSlot.reward(data, i) - TopSlot.predicted(data, model, i)) : 0;
      values[i] = TopSlot.direct(data, model, i) + correction;
    }
    return Terms.mean(estimand(), values, w);
  }
}
