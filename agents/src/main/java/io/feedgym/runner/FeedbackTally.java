package io.feedgym.runner;

import io.feedgym.env.Step;
import io.feedgym.env.feedback.Feedback;
import java.util.List;

/**
 * Counts the pages, sessions, clicks, purchases and impressions of one evaluation episode from the
 * {@link Feedback} its steps carry, and turns the counts of many episodes into {@link FeedbackMetrics}.
 * Not thread-safe.
 */
final class FeedbackTally {
  long pages;
  long clicks;
  long purchases;
  long impressions;
  long stepsWithout;
  private long sessions;
  private boolean sessionOpen;

  /** Counts {@code step}'s page, if it carries Feedback. */
  void add(Step<?> step) {
    if (!(step.info().get(Feedback.INFO_KEY) instanceof Feedback feedback)) {
      stepsWithout++;
      return;
    }
    pages++;
    clicks += feedback.clicks();
    purchases += feedback.purchases();
    impressions += feedback.positions().size();
    sessionOpen = !feedback.left();
    if (feedback.left()) {
      sessions++;
    }
  }

  /** The sessions of the episode, counting one still open at its end. */
  long sessions() {
    return sessions + (sessionOpen ? 1 : 0);
  }

  /**
   * The metrics of {@code episodes}; null when no step carried Feedback, an {@link IllegalStateException}
   * when only some did.
   */
  static FeedbackMetrics metrics(List<EvaluatedEpisode> episodes) {
    long pages = 0;
    long sessions = 0;
    long clicks = 0;
    long purchases = 0;
    long impressions = 0;
    long stepsWithout = 0;
    for (EvaluatedEpisode e : episodes) {
      pages += e.pages();
      sessions += e.sessions();
      clicks += e.clicks();
      purchases += e.purchases();
      impressions += e.impressions();
      stepsWithout += e.stepsWithoutFeedback();
    }
    if (pages == 0) {
      return null;
    }
    if (stepsWithout > 0) {
      throw new IllegalStateException(stepsWithout + " of " + (pages + stepsWithout)
          + " evaluation steps carried no Feedback; feedback metrics need it on every step");
    }
    int n = episodes.size();
    double ctr = impressions == 0 ? 0 : (double) clicks / impressions;
    double squares = 0;
    for (EvaluatedEpisode e : episodes) {
      squares += Math.pow(e.clicks() - ctr * e.impressions(), 2);
    }
    double meanImpressions = (double) impressions / n;
    double stderrCtr = n > 1 && impressions > 0 ? Math.sqrt(squares / (n * (n - 1.0))) / meanImpressions : 0;
    return new FeedbackMetrics((double) sessions / n, (double) pages / sessions, (double) clicks / sessions,
        (double) purchases / sessions, ctr, stderrCtr);
  }
}
