package io.feedgym.env.feed;

import io.feedgym.config.Checks;
import io.feedgym.config.ConfigBinder;
import io.feedgym.env.feed.FeedConfig.ActionForm;
import java.util.Locale;
import java.util.Map;

/**
 * The parameters of {@code feed-cohorts-v0}, the feed as a distribution of tasks (user cohorts) for meta
 * reinforcement learning; {@link #defaults()} are documented in {@code docs/envs/feed-cohorts.md}. Every
 * other feed parameter is {@code feed-v0}'s ({@link FeedConfig#defaults()}), except that the recall stage
 * draws every candidate from the whole catalog, as it knows nothing of a cold-start user.
 *
 * @param action SLATE: K candidate indices; WEIGHTS: ranking weights in [-1, 1]^7, as in {@code feed-v0}
 * @param split TRAIN: trials of the training cohorts; HELDOUT: trials of the held-out cohorts, drawn from a
 *     stream disjoint from the training one, never seen in training
 * @param taskSeed seed of the cohort prototypes (both splits' streams are split from it)
 * @param numTrainCohorts number of training cohorts, positive
 * @param numHeldoutCohorts number of held-out cohorts, positive
 * @param cohort the cohort of every trial, in [0, number of cohorts of the split); −1: each trial draws its
 *     cohort uniformly from the split's cohorts
 * @param prototypeSpread spread of a cohort prototype around a uniformly drawn topic direction (the prior's
 *     inverse concentration; large values approach the uniform distribution on the sphere), ≥ 0
 * @param userSpread spread of a user's preference around the cohort prototype, ≥ 0
 * @param sessionsPerTrial sessions of different users of one cohort per episode (trial), positive
 * @param maxPages page cap of a session, positive
 * @param driftRate step of a user's preference toward each clicked item's embedding, in [0, 1]
 * @param priceSensitivity price sensitivity λ of every user, ≥ 0
 * @param patience mean patience (pages) of every user, positive
 * @param catalogSeed seed of the catalog (the same catalog as {@code feed-v0} with the same seed)
 */
public record FeedCohortsConfig(
    ActionForm action,
    Split split,
    long taskSeed,
    int numTrainCohorts,
    int numHeldoutCohorts,
    int cohort,
    double prototypeSpread,
    double userSpread,
    int sessionsPerTrial,
    int maxPages,
    double driftRate,
    double priceSensitivity,
    double patience,
    long catalogSeed) {

  /** Which cohorts the trials come from. */
  public enum Split {
    /** The training cohorts. */
    TRAIN,
    /** The held-out cohorts, disjoint from the training ones. */
    HELDOUT
  }

  public FeedCohortsConfig {
    if (action == null || split == null) {
      throw new IllegalArgumentException("action and split must be set, found " + action + " and " + split);
    }
    Checks.atLeast("num_train_cohorts", numTrainCohorts, 1);
    Checks.atLeast("num_heldout_cohorts", numHeldoutCohorts, 1);
    int cohorts = split == Split.TRAIN ? numTrainCohorts : numHeldoutCohorts;
    if (cohort < -1 || cohort >= cohorts) {
      throw new IllegalArgumentException("cohort must be -1 (a uniformly drawn cohort per trial) or in [0, "
          + (cohorts - 1) + "] (num_" + split.name().toLowerCase(Locale.ROOT) + "_cohorts=" + cohorts
          + " - 1), found " + cohort);
    }
    Checks.nonNegative("prototype_spread", prototypeSpread);
    Checks.nonNegative("user_spread", userSpread);
    Checks.atLeast("sessions_per_trial", sessionsPerTrial, 1);
    Checks.atLeast("max_pages", maxPages, 1);
    Checks.probability("drift_rate", driftRate);
    Checks.nonNegative("price_sensitivity", priceSensitivity);
    Checks.positive("patience", patience);
  }

  /** The defaults of {@code feed-cohorts-v0}. */
  public static FeedCohortsConfig defaults() {
    return new FeedCohortsConfig(ActionForm.SLATE, Split.TRAIN, 0L, 100, 100, -1, 0.5, 0.3, 3, 20, 0.01, 1.0, 10.0, 0L);
  }

  /** This configuration with {@code split} replaced. */
  public FeedCohortsConfig withSplit(Split value) {
    return ConfigBinder.bind(this, Map.of("split", value.name()));
  }

  /** This configuration with {@code cohort} replaced. */
  public FeedCohortsConfig withCohort(int value) {
    return ConfigBinder.bind(this, Map.of("cohort", Integer.toString(value)));
  }

  /** The number of cohorts of the configured split. */
  public int numCohorts() {
    return split == Split.TRAIN ? numTrainCohorts : numHeldoutCohorts;
  }

  /**
   * The feed parameters of each session: {@code feed-v0}'s with this action form, catalog, page cap and drift,
   * and cold-start recall.
   */
  public FeedConfig feed() {
    return ConfigBinder.bind(FeedConfig.defaults(), Map.of("action", action.name(),
        "catalog_seed", Long.toString(catalogSeed), "max_pages", Integer.toString(maxPages),
        "drift_rate", Double.toString(driftRate),
        "retrieval_fraction", "0"));
  }
}
