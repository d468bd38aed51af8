package io.feedgym.runner;

import io.feedgym.env.Step;
import io.feedgym.env.feedback.Feedback;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts the pages, sessions, clicks, purchases and impressions of evaluation episodes from the
 * {@link Feedback} their steps carry, for {@link FeedbackMetrics}. Not thread-safe.
 */
final class FeedbackTally {
  private final List<long[]> episodeClicksAndImpressions = new ArrayList<>();
  private long pages;
  private long sessions;
  private long clicks;
  private long purchases;
  private long impressions;
  private long stepsWithout;
  private boolean sessionOpen;
  private long episodeClicks;
  private long episodeImpressions;

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
    episodeClicks += feedback.clicks();
    episodeImpressions += feedback.positions().size();
    sessionOpen = !feedback.left();
    if (feedback.left()) {
      sessions++;
    }
  }

  /** Ends the current episode, and with it an open session. */
  void endEpisode() {
    if (sessionOpen) {
      sessions++;
    }
    sessionOpen = false;
    episodeClicksAndImpressions.add(new long[] {episodeClicks, episodeImpressions});
    episodeClicks = 0;
    episodeImpressions = 0;
  }

  /**
   * The metrics of the ended episodes; null when no step carried Feedback, an {@link IllegalStateException}
   * when only some did.
   */
  FeedbackMetrics metrics() {
    if (pages == 0) {
      return null;
    }
    if (stepsWithout > 0) {
      throw new IllegalStateException(stepsWithout + " of " + (pages + stepsWithout)
          + " evaluation steps carried no Feedback; feedback metrics need it on every step");
    }
    int n = episodeClicksAndImpressions.size();
    double ctr = impressions == 0 ? 0 : (double) clicks / impressions;
    double squares = 0;
    for (long[] episode : episodeClicksAndImpressions) {
      squares += Math.pow(episode[0] - ctr * episode[1], 2);
    }
    double meanImpressions = (double) impressions / n;
    double stderrCtr = n > 1 && impressions > 0 ? Math.sqrt(squares / (n * (n - 1.0))) / meanImpressions : 0;
    return new FeedbackMetrics((double) sessions / n, (double) pages / sessions, (double) clicks / sessions,
        (double) purchases / sessions, ctr, stderrCtr);
  }
}
