package io.feedgym.policies.feed;

import static io.feedgym.policies.feed.Observations.all;
import static io.feedgym.policies.feed.Observations.byCtr;
import static io.feedgym.policies.feed.Observations.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.feedgym.env.feed.FeedObservation;
import org.junit.jupiter.api.Test;

class QualityDiversityTest {
  private static final QualityDiversityConfig DEFAULTS = QualityDiversityConfig.defaults();

  @Test
  void scoreIsTheCtrLogitPlusTheWeightedRatingAboveOneHalf() {
    FeedObservation observation = page(new double[] {0.5, 0.2, 0.9}, new double[] {0.8, 0.5, 0.1},
        new double[3], new int[] {0, 0, 0}, all(3));
    QualityDiversity policy = new QualityDiversity(DEFAULTS, 2);

    assertThat(policy.score(observation, 0)).isCloseTo(0 + 3 * 0.3, within(1e-12));
    assertThat(policy.score(observation, 1)).isCloseTo(Math.log(0.2 / 0.8), within(1e-12));
    assertThat(policy.score(observation, 2)).isCloseTo(Math.log(9) - 3 * 0.4, within(1e-12));
  }

  @Test
  void skipsCandidatesOfATopicAlreadyAtTheCap() {
    double[] ctr = {0.9, 0.8, 0.7, 0.6, 0.5, 0.4};
    int[] topics = {0, 0, 0, 1, 2, 1};

    assertThat(new QualityDiversity(DEFAULTS, 4).act(byCtr(ctr, topics, all(6)))).containsExactly(0, 1, 3, 4);
    assertThat(new QualityDiversity(DEFAULTS.withTopicCap(3), 4).act(byCtr(ctr, topics, all(6))))
        .containsExactly(0, 1, 2, 3);
  }

  @Test
  void ratingCanLiftACandidateAboveHigherPredictedCtr() {
    double[] ctr = {0.9, 0.8, 0.7, 0.6, 0.5, 0.4};
    double[] rating = {0.5, 0.5, 0.5, 0.5, 0.5, 1.0};
    int[] topics = {0, 0, 0, 1, 2, 3};
    FeedObservation observation = page(ctr, rating, new double[6], topics, all(6));
    // scores 2.20, 1.39, 0.85, 0.41, 0, -0.41 + 1.5 = 1.09: candidate 5 ranks third; candidate 2 is capped.

    assertThat(new QualityDiversity(DEFAULTS, 4).act(observation)).containsExactly(0, 1, 5, 3);
    assertThat(new QualityDiversity(DEFAULTS.withQualityWeight(0), 4).act(observation)).containsExactly(0, 1, 3, 4);
  }

  @Test
  void masksAreRespectedAndTiesGoToTheLowerIndex() {
    double[] ctr = {0.9, 0.6, 0.6, 0.6, 0.5};
    int[] topics = {0, 1, 2, 3, 4};
    boolean[] mask = {false, true, true, true, true};

    assertThat(new QualityDiversity(DEFAULTS, 3).act(byCtr(ctr, topics, mask))).containsExactly(1, 2, 3);
  }

  @Test
  void fillsUpByScoreIgnoringTheCapWhenTooFewCandidatesFitUnderIt() {
    double[] ctr = {0.9, 0.8, 0.7, 0.6, 0.5, 0.4};
    int[] topics = {0, 0, 0, 1, 1, 1};

    // Under the cap: 0, 1 (topic 0) and 3, 4 (topic 1); the fifth is the best left over, 2, then 5.
    assertThat(new QualityDiversity(DEFAULTS, 5).act(byCtr(ctr, topics, all(6)))).containsExactly(0, 1, 3, 4, 2);
    assertThat(new QualityDiversity(DEFAULTS, 6).act(byCtr(ctr, topics, all(6))))
        .containsExactly(0, 1, 3, 4, 2, 5);
  }

  @Test
  void extremePredictedCtrsRankFirstAndLast() {
    double[] ctr = {0.0, 0.5, 1.0, 0.3};
    int[] topics = {0, 1, 2, 3};

    assertThat(new QualityDiversity(DEFAULTS, 4).act(byCtr(ctr, topics, all(4)))).containsExactly(2, 1, 3, 0);
  }

  @Test
  void rejectsBadConfigurationsAndShortPages() {
    assertThatThrownBy(() -> DEFAULTS.withQualityWeight(-1))
        .hasMessage("quality_weight must be a finite number >= 0, found -1.0");
    assertThatThrownBy(() -> DEFAULTS.withTopicCap(0)).hasMessage("topic_cap must be >= 1, found 0");
    assertThatThrownBy(() -> new QualityDiversity(DEFAULTS, 0)).hasMessage("slate_size must be >= 1, found 0");
    FeedObservation twoAvailable = byCtr(new double[] {0.1, 0.2, 0.3}, new int[] {0, 1, 2},
        new boolean[] {true, false, true});
    assertThatThrownBy(() -> new QualityDiversity(DEFAULTS, 3).act(twoAvailable))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only 2 available candidates");
  }
}
