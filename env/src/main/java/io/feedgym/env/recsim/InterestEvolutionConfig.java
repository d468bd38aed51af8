package io.feedgym.env.recsim;

import io.feedgym.config.Checks;
/**
 * Parameters of {@link InterestEvolution}; {@link #defaults()} are RecSim's interest_evolution values.
 *
 * @param numCandidates documents offered per step, positive
 * @param slateSize documents recommended per step, in [1, num_candidates]
 * @param timeBudget the user's initial time budget, positive
 * @param stepPenalty budget lost on a step without a click, non-negative
 * @param userUpdateAlpha weight of the quality-driven budget refund after a click, non-negative
 * @param documentQualityFactor weight of the document's quality in the received utility, finite
 * @param userQualityFactor weight of the user's interest score in the received utility, finite
 * @param videoLength length of every video, positive
 * @param qualityStddev standard deviation of a document's quality around its cluster mean, non-negative
 * @param noClickMass score of the no-click option, greater than min_normalizer
 * @param minNormalizer subtracted from every score to form choice weights, at most -1 (the lowest interest)
 */
public record InterestEvolutionConfig(
    int numCandidates,
    int slateSize,
    double timeBudget,
    double stepPenalty,
    double userUpdateAlpha,
    double documentQualityFactor,
    double userQualityFactor,
    double videoLength,
    double qualityStddev,
    double noClickMass,
    double minNormalizer) {

  public InterestEvolutionConfig {
    Checks.slate(numCandidates, slateSize);
    Checks.positive("time_budget", timeBudget);
    Checks.nonNegative("step_penalty", stepPenalty);
    Checks.nonNegative("user_update_alpha", userUpdateAlpha);
    Checks.finite("document_quality_factor", documentQualityFactor);
    Checks.finite("user_quality_factor", userQualityFactor);
    Checks.positive("video_length", videoLength);
    Checks.nonNegative("quality_stddev", qualityStddev);
    if (!(minNormalizer <= -1) || !Double.isFinite(minNormalizer)) {
      throw new IllegalArgumentException("min_normalizer must be a finite number <= -1, found " + minNormalizer);
    }
    if (!(noClickMass > minNormalizer) || !Double.isFinite(noClickMass)) {
      throw new IllegalArgumentException(
          "no_click_mass must be a finite number > min_normalizer=" + minNormalizer + ", found " + noClickMass);
    }
  }

  /** RecSim's values: 10 candidates, slate 2, budget 200, penalty 0.5, alpha 0.9/3.4, factors 1 and 0, length 4, stddev 0.1, no-click mass 1, normalizer -1. */
  public static InterestEvolutionConfig defaults() {
    return new InterestEvolutionConfig(10, 2, 200.0, 0.5, 0.9 / 3.4, 1.0, 0.0, 4.0, 0.1, 1.0, -1.0);
  }
}
