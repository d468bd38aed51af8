package io.feedgym.env.feed;

import io.feedgym.env.feed.FeedCohortsConfig.Split;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The users of {@code feed-cohorts-v0}: a task is a cohort with a prototype preference π drawn from the
 * prior π = normalize(τ_t + prototype_spread · N(0, I/d)), t uniform over the topics. The training and the
 * held-out cohorts come from two streams split from {@code task_seed}, so no held-out prototype is a
 * training one. A trial draws its cohort (or takes the configured one); each of its users is a cold-start
 * user of that cohort. Owned by one {@link Feed}; not thread-safe.
 */
final class CohortPopulation implements Population {
  private final FeedCohortsConfig config;
  private final FeedConfig feed;
  private final Catalog catalog;
  /** The split's prototypes, unit rows, row-major {@code cohorts × dim}. */
  private final double[] prototypes;
  private int cohort;

  CohortPopulation(FeedCohortsConfig config, FeedConfig feed, Catalog catalog) {
    this.config = config;
    this.feed = feed;
    this.catalog = catalog;
    this.prototypes = prototypes(config, catalog);
  }

  /**
   * The prototypes of {@code config}'s split, in cohort order: cohort i is the i-th draw (topic, then the
   * d spread values) from the split's stream, the first (TRAIN) or second (HELDOUT) seed drawn from
   * {@code task_seed}.
   */
  static double[] prototypes(FeedCohortsConfig config, Catalog catalog) {
    SplittableRandom seeds = new SplittableRandom(config.taskSeed());
    long train = seeds.nextLong();
    long heldout = seeds.nextLong();
    SplittableRandom random = new SplittableRandom(config.split() == Split.TRAIN ? train : heldout);
    int dim = catalog.dim;
    double[] out = new double[config.numCohorts() * dim];
    int topics = catalog.topicDirections.length / dim;
    for (int c = 0; c < config.numCohorts(); c++) {
      int topic = random.nextInt(topics);
      double[] row = Catalog.noisyUnit(random, catalog.topicDirections, topic, dim, config.prototypeSpread());
      System.arraycopy(row, 0, out, c * dim, dim);
    }
    return out;
  }

  /**
   * With {@code newTask}, first the trial's cohort (uniform, unless {@code cohort} is set); then the user.
   * The cohorts do not drift: {@code day} is ignored.
   */
  @Override
  public FeedUser draw(RandomGenerator random, boolean newTask, double day) {
    if (newTask) {
      cohort = config.cohort() >= 0 ? config.cohort() : random.nextInt(config.numCohorts());
    }
    return FeedUser.coldStart(feed, catalog, prototypes, cohort, config.userSpread(), config.priceSensitivity(),
        config.patience(), random);
  }
}
