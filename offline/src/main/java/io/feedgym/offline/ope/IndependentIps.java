package io.feedgym.offline.ope;

/**
 * Independent (position-wise) IPS, IIPS (Li et al. 2018, "Offline evaluation of ranking policies with click
 * models", eq. 9): V̂ = (1/n) Σ_i Σ_k r_ik · π(a_ik at k | x_i)/μ(a_ik at k | x_i), with the policies'
 * position-wise marginals. Unbiased when the click at a position depends only on the item there (the
 * position-based model, as in feed-v0); needs the logging policy's marginals below the top position.
 */
public record IndependentIps() implements Estimator {

  @Override
  public String id() {
    return "iips";
  }

  @Override
  public Estimand estimand() {
    return Estimand.FIRST_PAGE;
  }

  @Override
  public Terms terms(OpeData data) {
    int slots = data.page(0, 0).slate().length();
    double[] w = new double[data.size() * slots];
    double[] values = new double[data.size()];
    for (int i = 0; i < data.size(); i++) {
      var page = data.page(i, 0);
      double[][] target = data.targetMarginals(i, 0);
      double[][] logging = page.slate().length() > 1 ? data.loggingMarginals(i, 0, "iips") : null;
      for (int k = 0; k < page.slate().length(); k++) {
        int a = page.slate().get(k);
        double mu = k == 0 ? page.propensities().get(0) : logging[k][a];
        double weight = target[k][a] / mu;
        if (i * slots + k < w.length) {
          w[i * slots + k] = weight;
        }
        values[i] += weight * data.click(i, 0, k);
      }
    }
    return Terms.mean(estimand(), values, w);
  }
}
