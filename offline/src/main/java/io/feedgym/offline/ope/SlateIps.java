package io.feedgym.offline.ope;

/**
 * IPS on whole slates: V̂ = (1/n) Σ_i W_i Σ_k r_ik with W_i = π(s_i | x_i)/μ(s_i | x_i), the ratio of the
 * ordered slate's probabilities (the chain rule over positions), on the first page. Unbiased for any reward
 * but with a variance that grows with the number of slates, the problem the slate estimators below address
 * (Swaminathan et al. 2017, section 3).
 */
public record SlateIps() implements Estimator {

  @Override
  public String id() {
    return "slate-ips";
  }

  @Override
  public Estimand estimand() {
    return Estimand.FIRST_PAGE;
  }

  @Override
  public Terms terms(OpeData data) {
    double[] w = new double[data.size()];
    double[] values = new double[data.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = data.slateWeight(i, 0);
      values[i] = w[i] * data.page(i, 0).feedback().clicks();
    }
    return Terms.mean(estimand(), values, w);
  }
}
