package io.feedgym.policies.feed;

import io.feedgym.config.Checks;

/**
 * Parameters of {@link QualityDiversity}; {@link #defaults()} are hand-picked on {@code feed-v0} and are
 * the values the CLI's {@code quality-diversity} baseline uses.
 *
 * @param qualityWeight weight of the observed rating above 0.5 added to the predicted click logit, ≥ 0
 * @param topicCap most candidates of one topic on a page before the fill-up, ≥ 1
 */
public record QualityDiversityConfig(double qualityWeight, int topicCap) {

  public QualityDiversityConfig {
    Checks.nonNegative("quality_weight", qualityWeight);
    Checks.atLeast("topic_cap", topicCap, 1);
  }

  /** quality_weight = 3, topic_cap = 2. */
  public static QualityDiversityConfig defaults() {
    return new QualityDiversityConfig(3.0, 2);
  }

  public QualityDiversityConfig withQualityWeight(double value) {
    return new QualityDiversityConfig(value, topicCap);
  }

  public QualityDiversityConfig withTopicCap(int value) {
    return new QualityDiversityConfig(qualityWeight, value);
  }
}
