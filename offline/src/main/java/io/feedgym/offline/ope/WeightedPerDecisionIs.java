package io.feedgym.offline.ope;

/**
 * Weighted per-decision importance sampling, WPDIS (Precup, Sutton and Singh 2000, the weighted form of the
 * per-decision estimator): V̂ = Σ_t [Σ_i ρ_{i,0:t} r_{i,t} / Σ_i ρ_{i,0:t}], each page index t normalised by the
 * sum of its weights. A session that ended before page t stays in the denominator with its last weight and a
 * reward of 0 (it is in the absorbing state, where every policy agrees). Biased, consistent, of much lower
 * variance than PDIS; NaN where every weight at t is 0.
 */
public record WeightedPerDecisionIs() implements Estimator {

  @Override
  public String id() {
    return "wpdis";
  }

  @Override
  public Estimand estimand() {
    return Estimand.SESSION;
  }

  @Override
  public Terms terms(OpeData data) {
    int horizon = 0;
    for (int i = 0; i < data.size(); i++) {
      horizon = Math.max(horizon, data.session(i).pages().size());
    }
    double[] num = new double[data.size() * horizon];
    double[] den = new double[data.size() * horizon];
    double[] w = new double[data.size()];
    for (int i = 0; i < data.size(); i++) {
      int pages = data.session(i).pages().size();
      double rho = 1;
      for (int t = 0; t < horizon; t++) {
        if (t < pages) {
          rho *= data.slateWeight(i, t);
          num[i * horizon + t] = rho * data.page(i, t).feedback().clicks();
        }
        den[i * horizon + t] = rho;
      }
      w[i] = rho;
    }
    return new Terms(estimand(), data.size(), horizon, num, den, w);
  }
}
