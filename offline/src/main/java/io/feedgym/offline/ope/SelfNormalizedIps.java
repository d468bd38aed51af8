package io.feedgym.offline.ope;

/**
 * Self-normalised IPS (Swaminathan and Joachims 2015, "The self-normalized estimator for counterfactual
 * learning", eq. 3): V̂_SNIPS = Σ_i w_i r_i / Σ_i w_i on the top position of the first page. Biased (by
 * O(1/n)) but bounded by the rewards and usually of lower variance than IPS; undefined (NaN) when every w_i is 0.
 */
public record SelfNormalizedIps() implements Estimator {

  @Override
  public String id() {
    return "snips";
  }

  @Override
  public Estimand estimand() {
    return Estimand.TOP_SLOT;
  }

  @Override
  public Terms terms(OpeData data) {
    double[] w = TopSlot.weights(data);
    double[] values = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      values[i] = w[i] * TopSlot.reward(data, i);
    }
    return new Terms(estimand(), w.length, 1, values, w.clone(), w);
  }
}
