package io.feedgym.env.feed;

import static io.feedgym.env.feed.Catalog.sigmoid;

import io.feedgym.env.sampling.Gaussian;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * The hidden state of one simulated user and the equations that move it: preference, price sensitivity,
 * patience, satisfaction and per-topic fatigue (docs/envs/feed.md, "User" and "Dynamics"). Mutable;
 * owned by one {@link Feed}.
 */
final class FeedUser {
  private final FeedConfig config;
  private final Catalog catalog;
  final int cohort;
  /** The cohort's prototype preference π today: what the cohort's users scatter around. */
  final double[] prototype;
  final double[] preference;
  double priceSensitivity;
  private final double meanPatience;
  /** Observable features: the noisy observed taste, then the one-hot cohort; all zeros for a cold-start user. */
  final double[] observed;
  final double[] fatigue;
  double patience;
  double satisfaction;

  private FeedUser(FeedConfig config, Catalog catalog, int cohort, double[] prototype, double[] preference,
      double[] observed, double priceSensitivity, double meanPatience) {
    this.config = config;
    this.catalog = catalog;
    this.cohort = cohort;
    this.prototype = prototype;
    this.preference = preference;
    this.observed = observed;
    this.priceSensitivity = priceSensitivity;
    this.meanPatience = meanPatience;
    this.fatigue = new double[config.numTopics()];
  }

  /** A user of the day-0 world; see {@link #draw(FeedConfig, Catalog, DriftSchedule, double, RandomGenerator)}. */
  static FeedUser draw(FeedConfig config, Catalog catalog, RandomGenerator random) {
    return draw(config, catalog, new DriftSchedule(config, catalog), 0, random);
  }

  /**
   * A user of world day {@code day}. Draws, in order: the cohort, the preference deviation g, the observation
   * noise; then the first session's patience. The preference is normalize(π_c(day) + g); the observed taste is
   * normalize(s · u_0 + (1 − s) · u) with u_0 = normalize(π_c(0) + g), s = profile_staleness (just u while
   * the prototype has not moved).
   */
  static FeedUser draw(FeedConfig config, Catalog catalog, DriftSchedule schedule, double day, RandomGenerator random) {
    int cohort = drawCohort(config, random);
    double[] prototype = schedule.prototype(cohort, day);
    double[] deviation = Catalog.deviation(random, catalog.dim, config.userSpread());
    double[] preference = Catalog.unitSum(prototype, 0, deviation);
    double[] taste = preference;
    double[] first = schedule.prototype(cohort, 0);
    double stale = config.drift().profileStaleness();
    if (!Arrays.equals(first, prototype) && stale > 0) {
      taste = Catalog.unitSum(first, 0, deviation);
      if (stale < 1) {
        for (int j = 0; j < taste.length; j++) {
          taste[j] = stale * taste[j] + (1 - stale) * preference[j];
        }
        Catalog.normalize(taste, 0, taste.length);
      }
    }
    double[] observed = new double[catalog.dim + config.numCohorts()];
    for (int j = 0; j < catalog.dim; j++) {
      observed[j] = taste[j] + Gaussian.sample(random, 0, config.userFeatureNoise());
    }
    observed[catalog.dim + cohort] = 1;
    FeedUser user = new FeedUser(config, catalog, cohort, prototype, preference, observed,
        schedule.priceSensitivity(cohort, day), config.cohortPatience().get(cohort));
    user.startSession(random, 0);
    return user;
  }

  /**
   * A cold-start user of cohort {@code cohort} with prototype row {@code cohort} of {@code prototypes}:
   * preference normalize(π + {@code spread} · N(0, I/d)), observed features all zero (the recommender knows
   * nothing of a new user), the given price sensitivity and mean patience. Draws the preference noise, then
   * the first session's patience.
   */
  static FeedUser coldStart(FeedConfig config, Catalog catalog, double[] prototypes, int cohort, double spread,
      double priceSensitivity, double meanPatience, RandomGenerator random) {
    double[] preference = Catalog.noisyUnit(random, prototypes, cohort, catalog.dim, spread);
    double[] prototype = Arrays.copyOfRange(prototypes, cohort * catalog.dim, (cohort + 1) * catalog.dim);
    FeedUser user = new FeedUser(config, catalog, cohort, prototype, preference,
        new double[catalog.dim + config.numCohorts()], priceSensitivity, meanPatience);
    user.startSession(random, 0);
    return user;
  }

  private static int drawCohort(FeedConfig config, RandomGenerator random) {
    double total = config.cohortWeights().stream().mapToDouble(Double::doubleValue).sum();
    double u = random.nextDouble() * total;
    for (int c = 0; c < config.numCohorts(); c++) {
      u -= config.cohortWeights().get(c);
      if (u < 0) {
        return c;
      }
    }
    return config.numCohorts() - 1;
  }

  /**
   * Starts a session: patience = cohort mean · exp(N(0, patience_log_std²)); satisfaction keeps
   * {@code carryover} of its value; fatigue is reset (it builds up within a session).
   */
  void startSession(RandomGenerator random, double carryover) {
    patience = meanPatience * Math.exp(Gaussian.sample(random, 0, config.patienceLogStd()));
    satisfaction *= carryover;
    Arrays.fill(fatigue, 0);
  }

  /**
   * Moves the user with the world at the start of a later session: u ← normalize(u + π' − π) for the
   * cohort's prototype π' of the session's day, and the cohort's price sensitivity of that day.
   */
  void follow(double[] nextPrototype, double nextPriceSensitivity) {
    priceSensitivity = nextPriceSensitivity;
    if (Arrays.equals(nextPrototype, prototype)) {
      return;
    }
    for (int j = 0; j < prototype.length; j++) {
      preference[j] += nextPrototype[j] - prototype[j];
    }
    Catalog.normalize(preference, 0, preference.length);
    System.arraycopy(nextPrototype, 0, prototype, 0, prototype.length);
  }

  /** True affinity u·e of the user's current preference with {@code item}'s embedding, in [-1, 1]. */
  double affinity(int item) {
    return Catalog.dot(preference, 0, catalog.embedding, item, catalog.dim);
  }

  /** P(click | examined) of {@code item} now. */
  double clickProbability(int item) {
    return sigmoid(catalog.clickLogit(config, item, affinity(item), fatigue[catalog.topic[item]]));
  }

  /** P(purchase | click) of {@code item}: σ(b + w_a·affinity + w_q·quality − λ·log price). */
  double purchaseProbability(int item) {
    return sigmoid(config.purchaseBias() + config.purchaseAffinity() * affinity(item)
        + config.purchaseQuality() * catalog.quality[item] - priceSensitivity * catalog.logPrice[item]);
  }

  /** Dwell after a click: dwell_scale · (dwell_floor + quality) · exp(N(0, dwell_noise²)). */
  double dwell(int item, RandomGenerator random) {
    return config.dwellScale() * (config.dwellFloor() + catalog.quality[item])
        * Math.exp(Gaussian.sample(random, 0, config.dwellNoise()));
  }

  /**
   * Applies a served page: fatigue decays then grows by one per shown item of each topic; satisfaction
   * decays and moves by the clicked items' quality, the purchases and an empty-page penalty; the
   * preference drifts toward each clicked item in position order.
   */
  void endPage(int[] shown, boolean[] clicked, int purchases) {
    for (int t = 0; t < fatigue.length; t++) {
      fatigue[t] *= config.fatigueDecay();
    }
    double change = config.satisfactionPurchase() * purchases;
    boolean anyClick = false;
    for (int k = 0; k < shown.length; k++) {
      int item = shown[k];
      fatigue[catalog.topic[item]] += 1;
      if (clicked[k]) {
        anyClick = true;
        change += config.satisfactionQuality() * (catalog.quality[item] - config.qualityReference());
        drift(item);
      }
    }
    if (!anyClick) {
      change -= config.satisfactionEmptyPage();
    }
    satisfaction = config.satisfactionDecay() * satisfaction + change;
  }

  private void drift(int item) {
    double rate = config.driftRate();
    for (int j = 0; j < preference.length; j++) {
      preference[j] += rate * (catalog.embedding[item * catalog.dim + j] - preference[j]);
    }
    Catalog.normalize(preference, 0, preference.length);
  }

  /** P(leave) after {@code pages} pages of the session: σ(b − w_s·satisfaction − w_p·(patience − pages)). */
  double leaveProbability(int pages) {
    return sigmoid(config.leaveBias() - config.leaveSatisfaction() * satisfaction
        - config.leavePatience() * (patience - pages));
  }

  /** P(never return) after a session: σ(churn_bias − churn_satisfaction · satisfaction). */
  double churnProbability() {
    return sigmoid(config.churnBias() - config.churnSatisfaction() * satisfaction);
  }

  /**
   * Mean days until the next session: return_gap_min + (return_gap_mean − return_gap_min) ·
   * exp(−return_gap_satisfaction · satisfaction).
   */
  double meanReturnGap() {
    return config.returnGapMin() + (config.returnGapMean() - config.returnGapMin())
        * Math.exp(-config.returnGapSatisfaction() * satisfaction);
  }
}
