package io.feedgym.offline.ope;

/**
 * Per-decision importance sampling, PDIS (Precup, Sutton and Singh 2000, "Eligibility traces for off-policy
 * policy evaluation", eq. for the per-decision estimator): V̂ = (1/n) Σ_i Σ_t ρ_{i,0:t} r_{i,t}, where r_{i,t} is
 * the clicks on page t and ρ_{i,0:t} = Π_{u≤t} π(s_{i,u} | x_{i,u})/μ(s_{i,u} | x_{i,u}) the product of the
 * slate ratios of the pages up to t: a reward is reweighted only by the decisions before it. Unbiased for the
 * undiscounted session return.
 */
public record PerDecisionIs() implements Estimator {

  @Override
  public String id() {
    return "pdis";
  }

  @Override
  public Estimand estimand() {
    return Estimand.SESSION;
  }

  @Override
  public Terms terms(OpeData data) {
    double[] w = new double[data.size()];
    double[] values = new double[data.size()];
    for (int i = 0; i < data.size(); i++) {
      double rho = 1;
      for (int t = 0; t < data.session(i).pages().size(); t++) {
        rho *= data.slateWeight(i, t);
        values[i] += rho * data.page(i, t).feedback().clicks();
      }
      w[i] = rho;
    }
    return Terms.mean(estimand(), values, w);
  }
}
