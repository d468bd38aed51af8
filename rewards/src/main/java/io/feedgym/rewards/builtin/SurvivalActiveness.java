package io.feedgym.rewards.builtin;

import io.feedgym.config.Checks;

/**
 * DRN's user activeness (Zheng et al. 2018, Sec. 4.4): a survival model in which activeness starts
 * at S₀, decays as S(t) = S(t₀) · exp(−λ₀ (t − t₀)) between visits (a constant hazard λ₀), and rises by Sₐ on
 * each return, capped at 1; a user who never returns decays to 0. DRN's reward is click + β · activeness.
 * Defaults are the values DRN reports, S₀ = 0.5, Sₐ = 0.32 and λ₀ = 1.2 · 10⁻⁵ per second, here 1.0368 per day.
 *
 * @param initial S₀, the activeness of a new user, in [0, 1]
 * @param boost Sₐ, added on each return, in [0, 1]
 * @param hazardPerDay λ₀ in 1/day, ≥ 0
 */
public record SurvivalActiveness(double initial, double boost, double hazardPerDay) {

  public SurvivalActiveness {
    Checks.probability("activeness_initial", initial);
    Checks.probability("activeness_boost", boost);
    Checks.nonNegative("activeness_hazard_per_day", hazardPerDay);
  }

  /** DRN's S₀ = 0.5, Sₐ = 0.32, λ₀ = 1.2e-5 / s = 1.0368 / day. */
  public static SurvivalActiveness defaults() {
    return new SurvivalActiveness(0.5, 0.32, 1.2e-5 * 86_400);
  }

  /**
   * The activeness right after a return {@code gapDays} after the visit that left it at {@code activeness}:
   * min(1, S · exp(−λ₀ · gap) + Sₐ); +∞ (the user never returns) gives 0. The gap must be ≥ 0 or +∞.
   */
  public double afterReturn(double activeness, double gapDays) {
    Checks.probability("activeness", activeness);
    if (!(gapDays >= 0)) {
      throw new IllegalArgumentException("return gap must be >= 0 days or +Infinity, found " + gapDays);
    }
    if (gapDays == Double.POSITIVE_INFINITY) {
      return 0;
    }
    return Math.min(1, activeness * Math.exp(-hazardPerDay * gapDays) + boost);
  }
}
