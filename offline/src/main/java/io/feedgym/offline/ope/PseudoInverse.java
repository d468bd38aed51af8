package io.feedgym.offline.ope;

/**
 * The pseudo-inverse estimator, PI (Swaminathan et al. 2017, "Off-policy evaluation for slate
 * recommendation", eq. 4): V̂ = (1/n) Σ_i r_i · q_πᵀ Γ_μ⁺ 1_{s_i}, where 1_s indicates the (position, item)
 * pairs of slate s, q_π = E_π[1_s] holds the target's position-wise marginals and Γ_μ = E_μ[1_s 1_sᵀ].
 * Unbiased when the page reward is additive over (position, item) pairs, as feed-v0's clicks are. Here μ must
 * be the uniformly random slate of K distinct items out of m available, for which the weight has the closed
 * form (derived in docs/offline/ope.md and checked against Γ by enumeration in the tests)
 * q_πᵀ Γ⁺ 1_s = (m − 1) Σ_k q(s_k at k) + (m − 1)/(m − K) Σ_k p(s_k) − m (K − 1)/(m − K), with
 * p(a) = Σ_k q(a at k) the probability that the target shows a; it needs m > K.
 */
public record PseudoInverse() implements Estimator {

  @Override
  public String id() {
    return "pi";
  }

  @Override
  public Estimand estimand() {
    return Estimand.FIRST_PAGE;
  }

  @Override
  public Terms terms(OpeData data) {
    if (!(data.logging().orElse(null) instanceof UniformSlates)) {
      throw new IllegalArgumentException("pi needs a uniformly random logging policy (the closed form of "
          + "Swaminathan et al. 2017 for it); name it with --logging uniform, found "
          + data.logging().map(SlatePolicy::name).orElse("no logging policy"));
    }
    double[] w = new double[data.size()];
    double[] values = new double[data.size()];
    for (int i = 0; i < data.size(); i++) {
      var page = data.page(i, 0);
      w[i] = weight(data.targetMarginals(i, 0), page.slate().toArray(), UniformSlates.available(page.observation()));
      values[i] = w[i] * page.feedback().clicks();
    }
    return Terms.mean(estimand(), values, w);
  }

  /** q_πᵀ Γ⁺ 1_s for uniform logging of K = slate.length items out of m available, given q = {@code target}. */
  static double weight(double[][] target, int[] slate, int m) {
    int k = slate.length;
    if (m <= k) {
      throw new IllegalArgumentException("pi needs more available candidates than positions, found " + m
          + " candidates for " + k + " positions");
    }
    double own = 0;
    double shown = 0;
    for (int j = 0; j < k; j++) {
      own += target[j][slate[j]];
      for (int l = 0; l < k; l++) {
        shown += target[l][slate[j]];
      }
    }
    return (m - 1) * own + (m - 1.0) / (m - k) * shown - m * (k - 1.0) / (m - k);
  }
}
