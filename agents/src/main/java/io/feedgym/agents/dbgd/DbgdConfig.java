package io.feedgym.agents.dbgd;

import io.feedgym.config.Checks;
import io.feedgym.env.feedback.Feedback;
import io.feedgym.env.feedback.PositionFeedback;
import io.feedgym.policies.interleaving.Outcome;

/**
 * Hyperparameters of {@link Dbgd}; {@link #defaults()} are DRN's (Zheng et al. 2018, Sec. 4.5): α = 0.1, η = 0.05.
 *
 * @param alpha exploration scale: the explorer is W̃ = W + α · U ⊙ W with U uniform in [−1, 1], in (0, 1]
 * @param eta step toward a winning explorer: W ← W + η · U ⊙ W, in (0, 1]
 * @param interleaving how the two rankings are interleaved into the page shown
 * @param piTau PROBABILISTIC: the softmax exponent τ of P(d) ∝ rank(d)^−τ, positive
 * @param comparisonPages pages whose click credits are summed into one comparison of the two networks, positive
 * @param credit which clicks earn credit in the interleaved comparison, and how the explorer wins
 * @param minDwell LONG_CLICKS, PARETO: the dwell in seconds from which a click is a long click, ≥ 0
 * @param explorers explorers compared at once, ≥ 1: 1 is DBGD (and DRN); more is Multileave Gradient Descent
 *     with team-draft multileaving (Schuth et al. 2016), which needs {@code interleaving} team-draft
 */
public record DbgdConfig(double alpha, double eta, Method interleaving, double piTau, int comparisonPages,
    Credit credit, double minDwell, int explorers) {

  /** Which clicks earn credit, and so when the explorer wins a comparison. */
  public enum Credit {
    /** Every click (DRN): the explorer wins with more clicks. */
    CLICKS,
    /** Clicks followed by a dwell of at least {@code min_dwell} seconds ("satisfied" or long clicks). */
    LONG_CLICKS,
    /**
     * Both, as two objectives: the explorer wins when it Pareto-dominates the current network, at least as
     * much credit for clicks and for long clicks and more for one of them.
     */
    PARETO
  }

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
    if (credit == null) {
      throw new IllegalArgumentException("credit must be clicks, long-clicks or pareto");
    }
    Checks.nonNegative("min_dwell", minDwell);
    Checks.atLeast("explorers", explorers, 1);
    if (explorers > 1 && interleaving != Method.TEAM_DRAFT) {
      throw new IllegalArgumentException("explorers > 1 compares them by team-draft multileaving, so interleaving "
          + "must be team-draft, found " + interleaving.name().toLowerCase().replace('_', '-'));
    }
  }

  /** The clicked positions of a page, from the user's feedback on it. */
  public static boolean[] clicked(Feedback feedback) {
    boolean[] out = new boolean[feedback.positions().size()];
    for (PositionFeedback p : feedback.positions()) {
      out[p.position()] = p.clicked();
    }
    return out;
  }

  /** The positions of a page clicked with a dwell of at least {@code min_dwell} seconds. */
  public boolean[] longClicked(Feedback feedback) {
    boolean[] out = new boolean[feedback.positions().size()];
    for (PositionFeedback p : feedback.positions()) {
      out[p.position()] = p.clicked() && p.dwell() >= minDwell;
    }
    return out;
  }

  /**
   * Whether the explorer (side B) wins a comparison whose interleaved credit is {@code clicks} for every
   * click and {@code longClicks} for the long ones; equal credit is no win.
   */
  public boolean explorerWins(Outcome clicks, Outcome longClicks) {
    return switch (credit) {
      case CLICKS -> clicks.preference() > 0;
      case LONG_CLICKS -> longClicks.preference() > 0;
      case PARETO -> clicks.preference() >= 0 && longClicks.preference() >= 0
          && clicks.preference() + longClicks.preference() > 0;
    };
  }

  /**
   * DRN's α = 0.1 and η = 0.05, team-draft interleaving, comparisons of 5 pages, long clicks of at least 18 s
   * credited (feed-v0's dwell of a click on an item of the reference quality; docs/agents/dbgd.md says why not
   * every click, as DRN does: on the feed, click credit drives the ranker to clickbait and shortens sessions), one
   * explorer per comparison.
   */
  public static DbgdConfig defaults() {
    return new DbgdConfig(0.1, 0.05, Method.TEAM_DRAFT, 3.0, 5, Credit.LONG_CLICKS, 18.0, 1);
  }
}
