package io.feedgym.env.feed;

import com.google.common.collect.ImmutableList;
import io.feedgym.config.Checks;
import io.feedgym.config.ConfigBinder;
import java.util.List;
import java.util.Map;

/**
 * Every parameter of the session-paging feed ({@link Feed}); {@link #defaults()} are the values of
 * {@code feed-v0}, documented with their equations in {@code docs/envs/feed.md}. The catalog, topics and
 * cohort prototypes are drawn from {@code catalogSeed}, so they stay fixed across episodes.
 *
 * @param episode SESSION: an episode is one session ({@code feed-v0}); RETURNING: it spans the user's sessions
 *     over {@code horizonDays} ({@code feed-return-v0})
 * @param action SLATE: the action is K candidate indices; WEIGHTS: a vector in [-1, 1]^7 weighting the seven scoring
 *     features, the top K by weighted sum are shown
 * @param catalogSeed seed of the catalog, topic and cohort draws
 * @param numItems catalog size, at least num_candidates + max_pages · slate_size
 * @param numTopics number of topics, positive
 * @param embeddingDim dimension of user and item embeddings, positive
 * @param itemSpread spread of an item's embedding around its topic's direction, ≥ 0
 * @param itemFeatureNoise std of the noise on the item embedding the recommender observes, ≥ 0
 * @param clickbaitFraction fraction of clickbait items, in [0, 1]
 * @param clickbaitQualityMax clickbait quality is uniform in [0, this], in [0, 1]
 * @param qualityMin other items' quality is uniform in [this, 1], in [0, 1]
 * @param ratingNoise std of the noise on the observed rating around the true quality, ≥ 0
 * @param priceLogMean mean of log(price), finite
 * @param priceLogStd std of log(price), ≥ 0
 * @param cohortWeights probability of drawing a user from each cohort, non-negative with a positive sum
 * @param cohortPriceSensitivity price sensitivity λ of each cohort, ≥ 0
 * @param cohortPatience mean patience (pages) of each cohort, positive
 * @param userSpread spread of a user's preference around the cohort prototype, ≥ 0
 * @param userFeatureNoise std of the noise on the user embedding the recommender observes, ≥ 0
 * @param patienceLogStd std of the log-normal factor on a user's patience, ≥ 0
 * @param numCandidates candidates per page (the recall stage's output), at least slate_size
 * @param slateSize K, items per page, in [1, num_candidates]
 * @param retrievalPoolSize items in the user's retrieval pool, in [num_candidates, num_items]
 * @param retrievalFraction fraction of the candidates drawn from the retrieval pool, in [0, 1]
 * @param unavailableProbability probability that a candidate is out of stock (masked) on a page, in [0, 1)
 * @param maxPages page cap of a session: truncated (SESSION) or the session ends (RETURNING), positive
 * @param positionBias θ of the examination probability (k+1)^−θ at 0-based position k, ≥ 0
 * @param clickBias intercept of the click logit, finite
 * @param clickAffinity weight of the true affinity u·e in the click logit, finite
 * @param clickQuality weight of quality in the click logit, finite
 * @param clickbaitAppeal extra click logit of clickbait items, finite
 * @param clickFatigue weight of the topic's fatigue in the click logit, ≥ 0
 * @param fatigueDecay factor per page by which topic fatigue decays, in [0, 1]
 * @param purchaseBias intercept of the purchase logit, finite
 * @param purchaseAffinity weight of the affinity in the purchase logit, finite
 * @param purchaseQuality weight of quality in the purchase logit, finite
 * @param dwellScale dwell seconds per unit of (dwell_floor + quality), ≥ 0
 * @param dwellFloor dwell of a zero-quality item, in units of dwell_scale, ≥ 0
 * @param dwellNoise std of the log-normal dwell factor, ≥ 0
 * @param driftRate step of the preference toward each clicked item's embedding, in [0, 1]
 * @param satisfactionDecay factor per page by which satisfaction decays, in [0, 1]
 * @param satisfactionQuality satisfaction per click per unit of quality above the reference, ≥ 0
 * @param qualityReference the quality at which a click leaves satisfaction unchanged, in [0, 1]
 * @param satisfactionPurchase satisfaction added per purchase, ≥ 0
 * @param satisfactionEmptyPage satisfaction lost on a page without a click, ≥ 0
 * @param leaveBias intercept of the leave logit, finite
 * @param leaveSatisfaction weight of −satisfaction in the leave logit, ≥ 0
 * @param leavePatience weight of −remaining patience in the leave logit, ≥ 0
 * @param horizonDays RETURNING: the episode is truncated once the next session would start after this day, positive
 * @param returnGapMin RETURNING: the mean days until the next session of an ever more satisfied user, ≥ 0
 * @param returnGapMean RETURNING: mean days until the next session at zero satisfaction, greater than return_gap_min
 * @param returnGapSatisfaction RETURNING: the mean gap's excess over return_gap_min is multiplied by
 *     exp(−this · satisfaction), ≥ 0
 * @param churnBias RETURNING: intercept of the logit that the user never returns, finite
 * @param churnSatisfaction RETURNING: weight of −satisfaction in the churn logit, ≥ 0
 * @param satisfactionCarryover RETURNING: fraction of the satisfaction kept into the next session, in [0, 1]
 * @param drift the non-stationary scenario (keys {@code drift.*}, or a preset with {@code drift=NAME}); the
 *     default {@link FeedDrift#none()} keeps the world fixed; at least num_candidates + max_pages ·
 *     slate_size and retrieval_pool_size items must be released at day 0
 */
public record FeedConfig(
    Episode episode,
    ActionForm action,
    long catalogSeed,
    int numItems,
    int numTopics,
    int embeddingDim,
    double itemSpread,
    double itemFeatureNoise,
    double clickbaitFraction,
    double clickbaitQualityMax,
    double qualityMin,
    double ratingNoise,
    double priceLogMean,
    double priceLogStd,
    List<Double> cohortWeights,
    List<Double> cohortPriceSensitivity,
    List<Double> cohortPatience,
    double userSpread,
    double userFeatureNoise,
    double patienceLogStd,
    int numCandidates,
    int slateSize,
    int retrievalPoolSize,
    double retrievalFraction,
    double unavailableProbability,
    int maxPages,
    double positionBias,
    double clickBias,
    double clickAffinity,
    double clickQuality,
    double clickbaitAppeal,
    double clickFatigue,
    double fatigueDecay,
    double purchaseBias,
    double purchaseAffinity,
    double purchaseQuality,
    double dwellScale,
    double dwellFloor,
    double dwellNoise,
    double driftRate,
    double satisfactionDecay,
    double satisfactionQuality,
    double qualityReference,
    double satisfactionPurchase,
    double satisfactionEmptyPage,
    double leaveBias,
    double leaveSatisfaction,
    double leavePatience,
    double horizonDays,
    double returnGapMin,
    double returnGapMean,
    double returnGapSatisfaction,
    double churnBias,
    double churnSatisfaction,
    double satisfactionCarryover,
    FeedDrift drift) {

  /** What one episode spans. */
  public enum Episode {
    /** One session: the episode ends when the user leaves (terminated) or at the page cap (truncated). */
    SESSION,
    /** All sessions of one user over {@code horizon_days}: the user returns after a gap that depends on satisfaction. */
    RETURNING
  }

  /** The form of the agent's action. */
  public enum ActionForm {
    /** K distinct available candidate indices, in position order. */
    SLATE,
    /** Weights in [-1, 1] of the seven scoring features; the top K available candidates by weighted sum are shown. */
    WEIGHTS
  }

  public FeedConfig {
    Checks.atLeast("num_topics", numTopics, 1);
    Checks.atLeast("embedding_dim", embeddingDim, 1);
    Checks.nonNegative("item_spread", itemSpread);
    Checks.nonNegative("item_feature_noise", itemFeatureNoise);
    Checks.probability("clickbait_fraction", clickbaitFraction);
    Checks.probability("clickbait_quality_max", clickbaitQualityMax);
    Checks.probability("quality_min", qualityMin);
    Checks.nonNegative("rating_noise", ratingNoise);
    Checks.finite("price_log_mean", priceLogMean);
    Checks.nonNegative("price_log_std", priceLogStd);
    cohortWeights = cohorts("cohort_weights", cohortWeights, cohortWeights);
    cohortPriceSensitivity = cohorts("cohort_price_sensitivity", cohortPriceSensitivity, cohortWeights);
    cohortPatience = cohorts("cohort_patience", cohortPatience, cohortWeights);
    if (!(cohortWeights.stream().mapToDouble(Double::doubleValue).sum() > 0)) {
      throw new IllegalArgumentException("cohort_weights must have a positive sum, found " + cohortWeights);
    }
    for (int c = 0; c < cohortPatience.size(); c++) {
      Checks.positive("cohort_patience[" + c + "]", cohortPatience.get(c));
    }
    Checks.nonNegative("user_spread", userSpread);
    Checks.nonNegative("user_feature_noise", userFeatureNoise);
    Checks.nonNegative("patience_log_std", patienceLogStd);
    Checks.slate(numCandidates, slateSize);
    Checks.atLeast("max_pages", maxPages, 1);
    long needed = (long) numCandidates + (long) maxPages * slateSize;
    if (numItems < needed) {
      throw new IllegalArgumentException("num_items must be >= num_candidates + max_pages * slate_size = "
          + needed + " (clicked items are not recalled again in a session), found " + numItems);
    }
    if (retrievalPoolSize < numCandidates || retrievalPoolSize > numItems) {
      throw new IllegalArgumentException("retrieval_pool_size must be in [num_candidates=" + numCandidates
          + ", num_items=" + numItems + "], found " + retrievalPoolSize);
    }
    Checks.probability("retrieval_fraction", retrievalFraction);
    if (!(unavailableProbability >= 0 && unavailableProbability < 1)) {
      throw new IllegalArgumentException("unavailable_probability must be in [0, 1), found " + unavailableProbability);
    }
    Checks.nonNegative("position_bias", positionBias);
    Checks.finite("click_bias", clickBias);
    Checks.finite("click_affinity", clickAffinity);
    Checks.finite("click_quality", clickQuality);
    Checks.finite("clickbait_appeal", clickbaitAppeal);
    Checks.nonNegative("click_fatigue", clickFatigue);
    Checks.probability("fatigue_decay", fatigueDecay);
    Checks.finite("purchase_bias", purchaseBias);
    Checks.finite("purchase_affinity", purchaseAffinity);
    Checks.finite("purchase_quality", purchaseQuality);
    Checks.nonNegative("dwell_scale", dwellScale);
    Checks.nonNegative("dwell_floor", dwellFloor);
    Checks.nonNegative("dwell_noise", dwellNoise);
    Checks.probability("drift_rate", driftRate);
    Checks.probability("satisfaction_decay", satisfactionDecay);
    Checks.nonNegative("satisfaction_quality", satisfactionQuality);
    Checks.probability("quality_reference", qualityReference);
    Checks.nonNegative("satisfaction_purchase", satisfactionPurchase);
    Checks.nonNegative("satisfaction_empty_page", satisfactionEmptyPage);
    Checks.finite("leave_bias", leaveBias);
    Checks.nonNegative("leave_satisfaction", leaveSatisfaction);
    Checks.nonNegative("leave_patience", leavePatience);
    Checks.positive("horizon_days", horizonDays);
    Checks.nonNegative("return_gap_min", returnGapMin);
    if (!(returnGapMean > returnGapMin) || !Double.isFinite(returnGapMean)) {
      throw new IllegalArgumentException("return_gap_mean must be a finite number > return_gap_min=" + returnGapMin
          + ", found " + returnGapMean);
    }
    Checks.nonNegative("return_gap_satisfaction", returnGapSatisfaction);
    Checks.finite("churn_bias", churnBias);
    Checks.nonNegative("churn_satisfaction", churnSatisfaction);
    Checks.probability("satisfaction_carryover", satisfactionCarryover);
    if (episode == null || action == null || drift == null) {
      throw new IllegalArgumentException("episode, action and drift must be set, found " + episode + ", " + action
          + " and " + drift);
    }
    long released = numItems - drift.unreleasedItems(numItems);
    if (released < Math.max(needed, retrievalPoolSize)) {
      throw new IllegalArgumentException("drift.release_rate=" + drift.releaseRate() + " over drift.release_days="
          + drift.releaseDays() + " leaves " + released + " of num_items=" + numItems
          + " released at day 0, fewer than max(num_candidates + max_pages * slate_size, retrieval_pool_size) = "
          + Math.max(needed, retrievalPoolSize));
    }
  }

  private static ImmutableList<Double> cohorts(String name, List<Double> values, List<Double> weights) {
    if (values == null || values.isEmpty()) {
      throw new IllegalArgumentException(name + " must list one value per cohort (at least one cohort), found "
          + values);
    }
    if (values.size() != weights.size()) {
      throw new IllegalArgumentException(name + " must have one value per cohort (" + weights.size()
          + ", as cohort_weights), found " + values.size());
    }
    for (int c = 0; c < values.size(); c++) {
      Checks.nonNegative(name + "[" + c + "]", values.get(c));
    }
    return ImmutableList.copyOf(values);
  }

  /** The defaults of {@code feed-v0}: one session, slate actions. */
  public static FeedConfig defaults() {
    return new FeedConfig(Episode.SESSION, ActionForm.SLATE, 0L,
        5000, 20, 8, 0.6, 0.3, 0.15, 0.25, 0.3, 0.1, 3.0, 0.8,
        List.of(0.4, 0.3, 0.2, 0.1), List.of(0.5, 1.0, 1.5, 2.0), List.of(10.0, 14.0, 7.0, 12.0),
        0.5, 0.3, 0.3,
        100, 10, 500, 0.7, 0.05, 50,
        0.7, -2.0, 3.0, 1.0, 1.5, 0.5, 0.6,
        -2.5, 1.5, 2.0, 30.0, 0.1, 0.3,
        0.05, 0.9, 1.0, 0.5, 0.5, 0.3,
        -1.5, 1.0, 0.3,
        30.0, 1.0, 4.0, 0.5, -3.0, 1.0, 0.5, FeedDrift.none());
  }

  /** The defaults of {@code feed-return-v0}: the sessions of one user over 30 days, slate actions. */
  public static FeedConfig returningDefaults() {
    return defaults().withEpisode(Episode.RETURNING);
  }

  /** This configuration with {@code episode} replaced. */
  public FeedConfig withEpisode(Episode value) {
    return ConfigBinder.bind(this, Map.of("episode", value.name()));
  }

  /** This configuration with {@code action} replaced. */
  public FeedConfig withAction(ActionForm value) {
    return ConfigBinder.bind(this, Map.of("action", value.name()));
  }

  /** This configuration with the drift scenario {@code value}. */
  public FeedConfig withDrift(FeedDrift value) {
    return ConfigBinder.replace(this, "drift", value);
  }

  /** Number of user cohorts. */
  public int numCohorts() {
    return cohortWeights.size();
  }
}
