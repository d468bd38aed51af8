package io.feedgym.offline.ope;

/**
 * Reward-interaction IPS, RIPS (McInerney et al. 2020, "Counterfactual evaluation of slate recommendations with
 * sequential reward interactions", eq. 7, without the self-normalisation of their eq. 8): V̂ = (1/n) Σ_i Σ_k
 * r_ik Π_{j≤k} π(a_ij | a_i,<j)/μ(a_ij | a_i,<j). Position k is weighted by the ratio of the prefix down to k,
 * so it is unbiased when the click at k may depend on the items above it (cascade-like behaviour) but not below;
 * it needs only the conditional propensities the log has.
 */
public record RewardInteractionIps() implements Estimator {

  @Override
  public String id() {
    return "rips";
  }

  @Override
  public Estimand estimand() {
    return Estimand.FIRST_PAGE;
  }

  @Override
  public Terms terms(OpeData data) {
    double[] w = new double[data.size()];
    double[] values = new double[data.size()];
    for (int i = 0; i < data.size(); i++) {
      double prefix = 1;
      for (int k = 0; k < data.page(i, 0).slate().length(); k++) {
        prefix *= data.conditionalWeight(i, 0, k);
        values[i] += prefix * data.click(i, 0, k);
      }
      w[i] = prefix;
    }
    return Terms.mean(estimand(), values, w);
  }
}
