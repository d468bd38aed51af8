package io.feedgym.runner;

/**
 * Recommender metrics of evaluation episodes whose steps carry {@link io.feedgym.env.feedback.Feedback}.
 * A session ends at a page after which the user left, or at the episode's last page; the rates pool all
 * pages of all episodes.
 *
 * @param sessionsPerEpisode mean sessions per episode, >= 1
 * @param pagesPerSession mean pages served per session, >= 1
 * @param clicksPerSession mean clicked positions per session, >= 0
 * @param purchasesPerSession mean purchased positions per session, >= 0
 * @param ctr click-through rate: clicks / impressions, an impression being one position of a served page
 *     (0 when no position was served), in [0, 1]
 * @param stderrCtr standard error of {@code ctr} over episodes by the delta method for a ratio estimator,
 *     {@code sqrt(Σ_i (c_i − ctr·m_i)² / (n(n − 1))) / mean(m)} with {@code c_i} clicks and {@code m_i}
 *     impressions of episode {@code i} (0 for one episode), >= 0
 */
public record FeedbackMetrics(
    double sessionsPerEpisode,
    double pagesPerSession,
    double clicksPerSession,
    double purchasesPerSession,
    double ctr,
    double stderrCtr) {

  public FeedbackMetrics {
    atLeast("sessions_per_episode", sessionsPerEpisode, 1);
    atLeast("pages_per_session", pagesPerSession, 1);
    atLeast("clicks_per_session", clicksPerSession, 0);
    atLeast("purchases_per_session", purchasesPerSession, 0);
    atLeast("stderr_ctr", stderrCtr, 0);
    if (!(ctr >= 0 && ctr <= 1)) {
      throw new IllegalArgumentException("ctr must be in [0, 1], found " + ctr);
    }
  }

  private static void atLeast(String name, double value, int min) {
    if (!(value >= min) || !Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " must be a finite number >= " + min + ", found " + value);
    }
  }
}
