package io.feedgym.offline.ope;

/**
 * Inverse propensity scoring (Horvitz and Thompson 1952; for policies Precup, Sutton and Singh 2000, and Strehl
 * et al. 2010): V̂_IPS = (1/n) Σ_i w_i r_i with w_i = π(a_i | x_i)/μ(a_i | x_i), on the top position of the
 * first page. Unbiased when μ > 0 wherever π > 0.
 */
public record Ips() implements Estimator {

  @Override
  public String id() {
    return "ips";
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
    return Terms.mean(estimand(), values, w);
  }
}
