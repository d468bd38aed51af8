package io.feedgym.env.feed;

import static io.feedgym.env.feed.Catalog.sigmoid;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.feedgym.config.Checks;
import io.feedgym.env.Reset;
import io.feedgym.env.SeededEnvironment;
import io.feedgym.env.Step;
import io.feedgym.env.feed.FeedConfig.Episode;
import io.feedgym.env.feedback.Feedback;
import io.feedgym.env.feedback.PositionFeedback;
import io.feedgym.env.spaces.Slate;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.BiFunction;

/**
 * The session-paging feed ({@code feed-v0}, and {@code feed-return-v0} with RETURNING episodes): one
 * step serves one page of K candidates to a simulated user, who examines positions with a position
 * bias, clicks, buys and dwells, then leaves or asks for the next page. The model and every default are in
 * {@code docs/envs/feed.md}. The reward is the page's clicks; other rewards are computed from the
 * {@link Feedback} in the step info. Random draws at reset, in order: the user (cohort, preference,
 * observation noise, patience) then the first page; per step: the positions (examination, click,
 * purchase, dwell), the leave draw, on a session end the churn and gap draws and the new patience (or, in a
 * trial, the next user), then the next page (recall, then availability). With a {@link FeedDrift} scenario
 * the world (tastes, released items) is that of {@link #setWorldDay the world day}; the draws are the same,
 * except that the recall redraws an unreleased item like a taken one.
 *
 * <p>A feed built for trials ({@link FeedCohorts}) runs SESSION episodes of several sessions of different
 * users of one task's cohort (RL²'s trial): when a session other than the last ends, the next user's
 * session begins; every observation after the first carries the previous page's {@link Feedback}
 * ({@link FeedObservation#previousPage()}), so a policy can infer the task from behaviour.
 */
public final class Feed extends SeededEnvironment<FeedObservation, int[]> {

  private final FeedConfig config;
  private final Catalog catalog;
  private final DriftSchedule schedule;
  private final Recall recall;
  private final FeedObservationSpace observationSpace;
  private final Slate actionSpace;
  private final double[] examination;
  private final Population population;
  /** Sessions per trial, or empty when episodes are not trials ({@code feed-v0}, {@code feed-return-v0}). */
  private final OptionalInt trialSessions;

  private FeedUser user;
  private FeedObservation observation;
  private int[] pageItems;
  private int session;
  private int sessionPage;
  private int sessionClicks;
  private int sessionPurchases;
  private int lastPageClicks;
  private double day;
  private double lastGap;
  private Feedback previousPage;
  private boolean running;
  private double worldDay;

  /** A feed with the catalog of {@code config.catalogSeed()}; actions are slates whatever {@code config.action()} says. */
  public Feed(FeedConfig config) {
    this(config, (catalog, schedule) -> (random, newTask, day) -> FeedUser.draw(config, catalog, schedule, day, random),
        OptionalInt.empty());
  }

  /**
   * A feed whose users come from the population {@code population} builds on the catalog; with
   * {@code trialSessions} present, a SESSION episode is a trial of that many sessions of different users
   * of one task, with the previous page's feedback in each observation.
   */
  Feed(FeedConfig config, BiFunction<Catalog, DriftSchedule, Population> population, OptionalInt trialSessions) {
    if (trialSessions.isPresent() && (trialSessions.getAsInt() < 1 || config.episode() != Episode.SESSION)) {
      throw new IllegalArgumentException("a trial needs SESSION episodes and at least 1 session, found "
          + config.episode() + " and " + trialSessions.getAsInt());
    }
    this.config = config;
    this.catalog = new Catalog(config);
    this.schedule = new DriftSchedule(config, catalog);
    this.population = population.apply(catalog, schedule);
    this.trialSessions = trialSessions;
    this.recall = new Recall(config, catalog, schedule);
    this.observationSpace = new FeedObservationSpace(config.embeddingDim() + config.numCohorts(),
        FeedObservation.TOPIC_FATIGUES + config.numTopics(), config.numCandidates(),
        FeedObservation.EMBEDDING + config.embeddingDim(), config.numTopics(), config.numItems(), config.slateSize());
    this.actionSpace = new Slate(config.slateSize(), config.numCandidates());
    this.examination = new double[config.slateSize()];
    for (int k = 0; k < examination.length; k++) {
      examination[k] = Math.pow(k + 1, -config.positionBias());
    }
  }

  /**
   * The cohort-trial feed of {@code feed-cohorts-v0}: each episode is a trial of
   * {@code sessions_per_trial} sessions of cold-start users of one cohort (docs/envs/feed-cohorts.md);
   * actions are slates whatever {@code config.action()} says.
   */
  public static Feed cohorts(FeedCohortsConfig config) {
    FeedConfig feed = config.feed();
    return new Feed(feed, (catalog, schedule) -> new CohortPopulation(config, feed, catalog),
        OptionalInt.of(config.sessionsPerTrial()));
  }

  /** The sessions per episode of a trial feed ({@code feed-cohorts-v0}); empty for other feeds. */
  public OptionalInt trialSessions() {
    return trialSessions;
  }

  public FeedConfig config() {
    return config;
  }

  /**
   * Sets the world day (≥ 0) on which the sessions of the next {@link #reset()} start; a later session of a
   * RETURNING episode happens on this day plus the episode's day. Not advanced by {@code reset()}.
   */
  public void setWorldDay(double day) {
    Checks.nonNegative("world_day", day);
    worldDay = day;
  }

  /** The world day on which the next episode's sessions start (0 unless {@link #setWorldDay} said otherwise). */
  public double worldDay() {
    return worldDay;
  }

  @Override
  public FeedObservationSpace observationSpace() {
    return observationSpace;
  }

  @Override
  public Slate actionSpace() {
    return actionSpace;
  }

  @Override
  public Reset<FeedObservation> reset() {
    user = population.draw(random(), true, worldDay);
    recall.startUser(user.observed, worldDay);
    session = 0;
    day = 0;
    lastGap = 0;
    previousPage = null;
    beginSession();
    running = true;
    observation = nextPage();
    return Reset.of(observation);
  }

  private void beginSession() {
    sessionPage = 0;
    sessionClicks = 0;
    sessionPurchases = 0;
    lastPageClicks = 0;
  }

  /**
   * P(click | examined) of every current candidate under the hidden user state: what an oracle sees
   * (the oracle-myopic baseline and diagnostics); not part of the observation.
   */
  public double[] clickProbabilities() {
    requireRunning("clickProbabilities()");
    double[] out = new double[pageItems.length];
    for (int c = 0; c < out.length; c++) {
      out[c] = user.clickProbability(pageItems[c]);
    }
    return out;
  }

  /**
   * The hidden preference prototype of the current user's cohort on the session's world day (a unit vector
   * of {@code embedding_dim} values): what the cohort's users scatter around; for oracle baselines and diagnostics, not part of the
   * observation.
   */
  public double[] cohortPrototype() {
    requireRunning("cohortPrototype()");
    return user.prototype.clone();
  }

  @Override
  public Step<FeedObservation> step(int[] slate) {
    requireRunning("step()");
    try {
      actionSpace.validate(slate, observation.mask());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Feed: slate " + actionSpace.describe(slate) + " is not valid in " + actionSpace + ": " + e.getMessage(), e);
    }
    int k = slate.length;
    int servedPage = sessionPage;
    int[] shown = new int[k];
    boolean[] clicked = new boolean[k];
    PositionFeedback[] positions = new PositionFeedback[k];
    int clicks = 0;
    int purchases = 0;
    for (int position = 0; position < k; position++) {
      int item = pageItems[slate[position]];
      shown[position] = item;
      boolean examined = random().nextDouble() < examination[position];
      clicked[position] = examined && random().nextDouble() < user.clickProbability(item);
      boolean purchased = clicked[position] && random().nextDouble() < user.purchaseProbability(item);
      double dwell = clicked[position] ? user.dwell(item, random()) : 0;
      boolean novel = !recall.seen(item);
      positions[position] = new PositionFeedback(position, slate[position], item, catalog.topic[item],
          catalog.price[item], examined, clicked[position], purchased, dwell, novel);
      if (clicked[position]) {
        clicks++;
        recall.clicked(item);
      }
      if (purchased) {
        purchases++;
      }
    }
    user.endPage(shown, clicked, purchases);
    for (int item : shown) {
      recall.shown(item);
    }
    sessionPage++;
    sessionClicks += clicks;
    sessionPurchases += purchases;
    lastPageClicks = clicks;
    boolean left = random().nextDouble() < user.leaveProbability(sessionPage);
    boolean capped = sessionPage >= config.maxPages();
    boolean terminated;
    boolean truncated;
    double gap = Double.NaN;
    if (config.episode() == Episode.SESSION && (left || capped) && session + 1 < trialSessions.orElse(1)) {
      left = true;
      terminated = false;
      truncated = false;
      session++;
      user = population.draw(random(), false, worldDay);
      recall.startUser(user.observed, worldDay);
      beginSession();
    } else if (config.episode() == Episode.SESSION) {
      terminated = left;
      truncated = !left && capped;
    } else if (left || capped) {
      left = true;
      gap = random().nextDouble() < user.churnProbability()
          ? Double.POSITIVE_INFINITY
          : -user.meanReturnGap() * Math.log(1 - random().nextDouble());
      terminated = gap == Double.POSITIVE_INFINITY;
      truncated = !terminated && day + gap > config.horizonDays();
      if (!terminated && !truncated) {
        day += gap;
        lastGap = gap;
        session++;
        user.startSession(random(), config.satisfactionCarryover());
        double today = worldDay + day;
        user.follow(schedule.prototype(user.cohort, today), schedule.priceSensitivity(user.cohort, today));
        recall.startSession(today);
        beginSession();
      }
    } else {
      terminated = false;
      truncated = false;
    }
    Feedback feedback = new Feedback(servedPage, ImmutableList.copyOf(positions), left, gap);
    running = !terminated && !truncated;
    previousPage = trialSessions.isPresent() ? feedback : null;
    observation = nextPage();
    return new Step<>(observation, clicks, terminated, truncated, ImmutableMap.of(Feedback.INFO_KEY, feedback));
  }

  private FeedObservation nextPage() {
    int n = config.numCandidates();
    int dim = catalog.dim;
    int width = FeedObservation.EMBEDDING + dim;
    pageItems = new int[n];
    recall.draw(random(), pageItems);
    boolean[] mask = new boolean[n];
    int masked = 0;
    for (int c = 0; c < n; c++) {
      boolean out = random().nextDouble() < config.unavailableProbability();
      mask[c] = !(out && masked < n - config.slateSize());
      if (!mask[c]) {
        masked++;
      }
    }
    double[] features = new double[n * width];
    int[] topics = new int[n];
    for (int c = 0; c < n; c++) {
      int item = pageItems[c];
      int topic = catalog.topic[item];
      int row = c * width;
      double score = recall.scores[item];
      double fatigue = user.fatigue[topic];
      features[row + FeedObservation.RETRIEVAL_SCORE] = score;
      features[row + FeedObservation.PREDICTED_CTR] = sigmoid(catalog.predictedClickLogit(config, item, score, fatigue));
      features[row + FeedObservation.POPULARITY] = schedule.popularity(item, worldDay + day);
      features[row + FeedObservation.RATING] = catalog.rating[item];
      features[row + FeedObservation.PRICE] = catalog.logPrice[item];
      features[row + FeedObservation.TOPIC_FATIGUE] = fatigue;
      features[row + FeedObservation.SEEN] = recall.seen(item) ? 1 : 0;
      System.arraycopy(catalog.observedEmbedding, item * dim, features, row + FeedObservation.EMBEDDING, dim);
      topics[c] = topic;
    }
    double[] context = new double[FeedObservation.TOPIC_FATIGUES + config.numTopics()];
    context[FeedObservation.PAGE] = sessionPage;
    context[FeedObservation.SESSION_CLICKS] = sessionClicks;
    context[FeedObservation.SESSION_PURCHASES] = sessionPurchases;
    context[FeedObservation.LAST_PAGE_CLICKS] = lastPageClicks;
    context[FeedObservation.SESSION] = session;
    context[FeedObservation.DAY] = day;
    context[FeedObservation.LAST_RETURN_GAP] = lastGap;
    System.arraycopy(user.fatigue, 0, context, FeedObservation.TOPIC_FATIGUES, config.numTopics());
    return new FeedObservation(user.observed.clone(), context, features, topics, pageItems.clone(), mask,
        previousPage);
  }

  private void requireRunning(String what) {
    if (!running) {
      throw new IllegalStateException("Feed: " + what + " called without an episode running; call reset() first");
    }
  }

  @Override
  public void close() {
    running = false;
  }

  @Override
  public String toString() {
    return "Feed(" + config.episode().name().toLowerCase(Locale.ROOT) + ", " + config.numCandidates()
        + " candidates, slate " + config.slateSize() + ")";
  }
}
