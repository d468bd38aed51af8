package io.feedgym.offline.ope;

import com.google.common.collect.ImmutableList;
import io.feedgym.offline.LoggedPage;
import io.feedgym.offline.LoggedSession;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Logged sessions prepared for off-policy evaluation of one target: the logging propensities (from the log),
 * the target's conditional probabilities of every logged slate (computed once, shared by the estimators), and,
 * on demand, the target's and the logging model's position-wise marginals. A log must list the candidates
 * its pages chose from (some page must have more candidates than it showed). The log's propensities are checked
 * (each in (0, 1]); when a logging model is given, its conditionals must match them within a relative 1e-6,
 * else the log was not written by that policy. Not thread-safe (the marginals are cached).
 */
public final class OpeData {
  private static final double MATCH = 1e-6;

  private final ImmutableList<LoggedSession> sessions;
  private final SlatePolicy target;
  private final Optional<SlatePolicy> logging;
  private final double[][][] targetConditionals;
  private final double[][][][] targetMarginals;
  private final double[][][][] loggingMarginals;

  private OpeData(List<LoggedSession> sessions, SlatePolicy target, Optional<SlatePolicy> logging) {
    this.sessions = ImmutableList.copyOf(sessions);
    this.target = Objects.requireNonNull(target, "target");
    this.logging = Objects.requireNonNull(logging, "logging");
    if (this.sessions.isEmpty()) {
      throw new IllegalArgumentException("off-policy evaluation needs at least one logged session, found none");
    }
    int n = this.sessions.size();
    requireCandidates(this.sessions);
    targetConditionals = new double[n][][];
    targetMarginals = new double[n][][][];
    loggingMarginals = new double[n][][][];
    for (int i = 0; i < n; i++) {
      LoggedSession session = this.sessions.get(i);
      int pages = session.pages().size();
      targetConditionals[i] = new double[pages][];
      targetMarginals[i] = new double[pages][][];
      loggingMarginals[i] = new double[pages][][];
      for (int t = 0; t < pages; t++) {
        LoggedPage page = session.pages().get(t);
        check(session, t, page);
        targetConditionals[i][t] = target.conditionals(page.observation(), page.slate().toArray());
      }
    }
  }

  /** Prepares {@code sessions} for evaluating {@code target}; {@code logging} is the logging policy if known. */
  public static OpeData of(List<LoggedSession> sessions, SlatePolicy target, Optional<SlatePolicy> logging) {
    return new OpeData(sessions, target, logging);
  }

  /**
   * A log in which no page lists a candidate beyond the ones it showed (written with {@code --candidates shown})
   * does not say what the logging policy chose from, so no target's probabilities can be computed on it.
   */
  private static void requireCandidates(List<LoggedSession> sessions) {
    for (LoggedSession session : sessions) {
      for (LoggedPage page : session.pages()) {
        if (page.observation().numCandidates() > page.slate().length()) {
          return;
        }
      }
    }
    throw new IllegalArgumentException("the log lists only the shown items of every page (was it written with "
        + "--candidates shown?): the candidates the logging policy chose from are unknown, so the target's "
        + "probabilities cannot be computed; log every candidate (--candidates all)");
  }

  private void check(LoggedSession session, int t, LoggedPage page) {
    for (int k = 0; k < page.propensities().length(); k++) {
      double p = page.propensities().get(k);
      if (!(p > 0 && p <= 1)) {
        throw new IllegalArgumentException("session " + session.sessionId() + ", page " + t + ", position " + k
            + ": the logging propensity must be in (0, 1], found " + p + " (importance weights divide by it)");
      }
    }
    if (logging.isPresent()) {
      double[] model = logging.get().conditionals(page.observation(), page.slate().toArray());
      for (int k = 0; k < model.length; k++) {
        double logged = page.propensities().get(k);
        if (Math.abs(model[k] - logged) > MATCH * logged) {
          throw new IllegalArgumentException("session " + session.sessionId() + ", page " + t + ", position " + k
              + ": the log's propensity " + logged + " is not the logging policy " + logging.get().name()
              + "'s " + model[k] + "; the log was written by another policy");
        }
      }
    }
  }

  /** n, the number of sessions. */
  public int size() {
    return sessions.size();
  }

  /** Session i. */
  public LoggedSession session(int i) {
    return sessions.get(i);
  }

  /** Page t of session i. */
  public LoggedPage page(int i, int t) {
    return sessions.get(i).pages().get(t);
  }

  /** The target policy. */
  public SlatePolicy target() {
    return target;
  }

  /** The target's P(logged item at k | logged items above) per position of page t of session i. */
  public double[] targetConditionals(int i, int t) {
    return targetConditionals[i][t];
  }

  /** The importance weight of position k of page t alone: π(a_k | a_<k) / μ(a_k | a_<k). */
  public double conditionalWeight(int i, int t, int k) {
    return targetConditionals[i][t][k] / page(i, t).propensities().get(k);
  }

  /** The weight of the first {@code positions} logged items of page t: Π_{k<positions} π/μ (chain rule). */
  public double prefixWeight(int i, int t, int positions) {
    double w = 1;
    for (int k = 0; k < positions; k++) {
      w *= conditionalWeight(i, t, k);
    }
    return w;
  }

  /** The whole slate's weight of page t of session i. */
  public double slateWeight(int i, int t) {
    return prefixWeight(i, t, page(i, t).slate().length());
  }

  /** The target's P(c at k) on page t of session i for the page's positions, cached. */
  public double[][] targetMarginals(int i, int t) {
    if (targetMarginals[i][t] == null) {
      LoggedPage page = page(i, t);
      targetMarginals[i][t] = target.marginals(page.observation(), page.slate().length());
    }
    return targetMarginals[i][t];
  }

  /**
   * The logging policy's P(c at k) on page t of session i. Position 0's are the log's own propensities; other
   * positions need the logging model, and {@code estimator} fails without one.
   */
  public double[][] loggingMarginals(int i, int t, String estimator) {
    if (loggingMarginals[i][t] == null) {
      SlatePolicy model = logging.orElseThrow(() -> new IllegalArgumentException(estimator + " needs the logging "
          + "policy's position-wise marginals, which a log holds only for the top position; name the logging "
          + "policy (feedgym ope --logging uniform|softmax|epsilon-greedy)"));
      LoggedPage page = page(i, t);
      loggingMarginals[i][t] = model.marginals(page.observation(), page.slate().length());
    }
    return loggingMarginals[i][t];
  }

  /** The logging model, when known. */
  public Optional<SlatePolicy> logging() {
    return logging;
  }

  /** 1 if position k of page t of session i was clicked, else 0. */
  public double click(int i, int t, int k) {
    return page(i, t).feedback().positions().get(k).clicked() ? 1 : 0;
  }
}
