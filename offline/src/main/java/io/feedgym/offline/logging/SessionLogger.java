package io.feedgym.offline.logging;

import static io.feedgym.offline.LogSchema.*;
import static io.feedgym.offline.write.LogColumn.Type.BIGINT;
import static io.feedgym.offline.write.LogColumn.Type.DOUBLE;
import static io.feedgym.offline.write.LogColumn.Type.INTEGER;
import static io.feedgym.offline.write.LogColumn.Type.TINYINT;
import static io.feedgym.offline.write.LogColumn.Type.VARCHAR;

import io.feedgym.env.Environment;
import io.feedgym.env.Reset;
import io.feedgym.env.Step;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feed.FeedObservationSpace;
import io.feedgym.env.feedback.Feedback;
import io.feedgym.env.feedback.PositionFeedback;
import io.feedgym.offline.write.LogColumn;
import io.feedgym.offline.write.LogWriter;
import io.feedgym.random.SplitMix;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Plays a {@link LoggingPolicy} in a feed environment for a number of sessions and writes every page in the
 * logged-session schema: the shown items in position order, then (with {@link Candidates#ALL}) the candidates
 * that were not shown. Episode i is reset with the i-th seed of a {@link SplitMix} stream of {@code seed}; the
 * policy draws from a second stream split from it, so a seed fixes the file. Sessions are numbered from 0 in
 * order; the user id is {@code u<episode>}, so the sessions of one {@code feed-return-v0} episode share a user
 * (in {@code feed-v0} an episode is one session). Trial environments ({@code feed-cohorts-v0}) are refused.
 * Not thread-safe.
 */
public final class SessionLogger {

  /** Which candidates of a page get a row. */
  public enum Candidates {
    /** Every candidate, shown or not: the log keeps the whole observation (needed to replay another policy). */
    ALL,
    /**
     * Only the shown items, one row per shown item, without candidate indices: read back, a page's candidate
     * set is its shown items.
     */
    SHOWN
  }

  /** Receives each page as the simulator produced it, before it is written. */
  @FunctionalInterface
  public interface PageListener {
    void onPage(long episode, FeedObservation page, SlateDraw draw, Step<FeedObservation> step);
  }

  private final Environment<FeedObservation, int[]> env;
  private final LoggingPolicy policy;
  private final Candidates candidates;
  private final List<LogColumn> columns;

  /** Logs {@code policy} in {@code env}, a feed with slate actions (possibly wrapped). */
  public SessionLogger(Environment<FeedObservation, int[]> env, LoggingPolicy policy, Candidates candidates) {
    this.env = Objects.requireNonNull(env, "env");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.candidates = Objects.requireNonNull(candidates, "candidates");
    if (!(env.observationSpace() instanceof FeedObservationSpace space)) {
      throw new IllegalArgumentException("logging needs a feed environment, found observation space "
          + env.observationSpace());
    }
    this.columns = columns(space);
  }

  /** The columns this logger writes: the schema's fixed columns, then item, user and context features. */
  public List<LogColumn> columns() {
    return columns;
  }

  private static List<LogColumn> columns(FeedObservationSpace space) {
    List<LogColumn> out = new ArrayList<>(List.of(new LogColumn(SESSION_ID, BIGINT), new LogColumn(USER_ID, VARCHAR),
        new LogColumn(PAGE, INTEGER), new LogColumn(POSITION, INTEGER), new LogColumn(ITEM_ID, BIGINT),
        new LogColumn(CLICK, TINYINT), new LogColumn(PROPENSITY, DOUBLE), new LogColumn(SLATE_PROPENSITY, DOUBLE),
        new LogColumn(CANDIDATE, INTEGER), new LogColumn(AVAILABLE, TINYINT), new LogColumn(TOPIC, INTEGER),
        new LogColumn(PRICE, DOUBLE), new LogColumn(EXAMINED, TINYINT), new LogColumn(PURCHASE, TINYINT),
        new LogColumn(DWELL, DOUBLE), new LogColumn(NOVEL, TINYINT), new LogColumn(LEFT, TINYINT),
        new LogColumn(RETURN_GAP, DOUBLE)));
    features(out, ITEM_FEATURE, space.numFeatures());
    features(out, USER_FEATURE, space.userDim());
    features(out, CONTEXT, space.contextDim());
    return List.copyOf(out);
  }

  private static void features(List<LogColumn> out, String prefix, int count) {
    for (int j = 0; j < count; j++) {
      out.add(new LogColumn(prefix + j, DOUBLE));
    }
  }

  /**
   * What a {@link #log} call wrote.
   *
   * @param episodes environment episodes played
   * @param sessions sessions written (as many as episodes in {@code feed-v0})
   * @param pages pages written
   * @param rows rows written
   */
  public record Written(long episodes, long sessions, long pages, long rows) {}

  /** Logs {@code episodes} episodes seeded by {@code seed} into {@code out}. */
  public Written log(int episodes, long seed, LogWriter out, PageListener listener) {
    SplitMix seeds = new SplitMix(seed);
    SplitMix random = seeds.split();
    long before = out.rows();
    long session = -1;
    long pages = 0;
    for (long episode = 0; episode < episodes; episode++) {
      Reset<FeedObservation> reset = env.reset(seeds.nextLong());
      FeedObservation page = reset.observation();
      boolean done = false;
      while (!done) {
        if (page.previousPage().isPresent()) {
          throw new IllegalArgumentException("cannot log a trial environment (feed-cohorts-v0): its observations "
              + "carry the previous page's feedback, which the schema has no columns for");
        }
        SlateDraw draw = policy.draw(page, random);
        Step<FeedObservation> step = env.step(draw.slate().toArray());
        Feedback feedback = (Feedback) step.info().get(Feedback.INFO_KEY);
        session += feedback.page() == 0 ? 1 : 0;
        listener.onPage(episode, page, draw, step);
        write(out, session, "u" + episode, page, draw, feedback);
        pages++;
        page = step.observation();
        done = step.done();
      }
    }
    return new Written(episodes, session + 1, pages, out.rows() - before);
  }

  private void write(LogWriter out, long session, String user, FeedObservation page, SlateDraw draw,
      Feedback feedback) {
    Object[] row = new Object[columns.size()];
    boolean[] shown = new boolean[page.numCandidates()];
    for (PositionFeedback p : feedback.positions()) {
      shown[p.candidate()] = true;
      fill(row, session, user, page, feedback, p.candidate());
      if (candidates == Candidates.SHOWN) {
        row[8] = null;
      }
      row[3] = p.position();
      row[5] = p.clicked();
      row[6] = draw.propensities().get(p.position());
      row[7] = draw.slatePropensity();
      row[11] = p.price();
      row[12] = p.examined();
      row[13] = p.purchased();
      row[14] = p.dwell();
      row[15] = p.novel();
      out.write(row);
    }
    for (int c = 0; candidates == Candidates.ALL && c < shown.length; c++) {
      if (!shown[c]) {
        fill(row, session, user, page, feedback, c);
        out.write(row);
      }
    }
  }

  /** The columns of candidate {@code c} that do not depend on it being shown; the others are left empty. */
  private static void fill(Object[] row, long session, String user, FeedObservation page, Feedback feedback,
      int c) {
    row[0] = session;
    row[1] = user;
    row[2] = feedback.page();
    row[3] = null;
    row[4] = (long) page.item(c);
    row[5] = false;
    row[6] = null;
    row[7] = null;
    row[8] = c;
    row[9] = page.available(c);
    row[10] = page.topic(c);
    for (int i = 11; i <= 15; i++) {
      row[i] = null;
    }
    row[16] = feedback.left();
    row[17] = feedback.returnGap();
    int at = 18;
    for (int f = 0; f < page.numFeatures(); f++) {
      row[at++] = page.feature(c, f);
    }
    for (double u : page.user()) {
      row[at++] = u;
    }
    for (double x : page.context()) {
      row[at++] = x;
    }
  }
}
