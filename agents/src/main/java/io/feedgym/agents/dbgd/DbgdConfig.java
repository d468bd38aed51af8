package io.feedgym.agents.dbgd;

import io.feedgym.config.Checks;

/**
 * Hyperparameters of {@link Dbgd}; {@link #defaults()} are DRN's (Zheng et al. 2018, Sec. 4.5): α = 0.1, η = 0.05.
 *
 * @param alpha exploration scale: the explorer is W̃ = W + α · U ⊙ W with U uniform in [−1, 1], in (0, 1]
 * @param eta step toward a winning explorer: W ← W + η · U ⊙ W, in (0, 1]
 * @param interleaving how the two rankings are interleaved into the page shown
 * @param piTau PROBABILISTIC: the softmax exponent τ of P(d) ∝ rank(d)^−τ, positive
 * @param comparisonPages pages whose click credits are summed into one comparison of the two networks, positive
 */
public record DbgdConfig(double alpha, double eta, Method interleaving, double piTau, int comparisonPages) {

  /** The interleaving method. */
  public enum Method {
    /** Team-draft interleaving (Radlinski et al. 2008). */
    TEAM_DRAFT,
    /** Probabilistic interleaving with marginalized credit (Hofmann et al. 2011). */
    PROBABILISTIC
  }

  public DbgdConfig {
    if (!(alpha > 0 && alpha <= 1)) {
      throw new IllegalArgumentException("alpha must be in (0, 1] (a zero explorer never differs from the current "
          + "network), found " + alpha);
    }
    if (!(eta > 0 && eta <= 1)) {
      throw new IllegalArgumentException("eta must be in (0, 1], found " + eta);
    }
    if (interleaving == null) {
      throw new IllegalArgumentException("interleaving must be team-draft or probabilistic");
    }
    Checks.positive("pi_tau", piTau);
    Checks.atLeast("comparison_pages", comparisonPages, 1);
  }

  /** DRN's α = 0.1 and η = 0.05, team-draft interleaving, one comparison per page. */
  public static DbgdConfig defaults() {
    return new DbgdConfig(0.1, 0.05, Method.TEAM_DRAFT, 3.0, 1);
  }
}
