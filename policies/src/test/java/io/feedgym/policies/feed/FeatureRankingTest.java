package io.feedgym.policies.feed;

import static io.feedgym.policies.feed.Observations.all;
import static io.feedgym.policies.feed.Observations.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feed.FeedObservationSpace;
import io.feedgym.env.feed.RankingWeights;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FeatureRankingTest {
  private static final double[] NONE = new double[6];
  private static final int[] TOPICS = {0, 1, 2, 3, 4, 5};

  @Test
  void popularityShowsTheMostPopularAvailableCandidatesTiesToTheLowerIndex() {
    double[] popularity = {0.3, 0.9, 0.5, 0.9, 0.95, 0.1};
    boolean[] mask = {true, true, true, true, false, true};
    FeedObservation observation = page(NONE, NONE, popularity, TOPICS, mask);

    assertThat(FeatureRanking.popularity(3).act(observation)).containsExactly(1, 3, 2);
    assertThat(FeatureRanking.popularity(5).act(observation)).containsExactly(1, 3, 2, 0, 5);
  }

  @Test
  void myopicShowsTheHighestPredictedCtrAndIgnoresPopularity() {
    double[] ctr = {0.2, 0.1, 0.6, 0.4, 0.6, 0.8};
    double[] popularity = {0.9, 0.8, 0.0, 0.0, 0.0, 0.0};
    boolean[] mask = {true, true, true, true, true, false};
    FeedObservation observation = page(ctr, NONE, popularity, TOPICS, mask);

    assertThat(FeatureRanking.myopic(3).act(observation)).containsExactly(2, 4, 3);
  }

  @Test
  void weightsAreOneHotOnTheFeature() {
    assertThat(FeatureRanking.popularity(2).weights()).containsExactly(0, 0, 1, 0, 0, 0, 0);
    assertThat(FeatureRanking.myopic(2).weights()).containsExactly(0, 1, 0, 0, 0, 0, 0);
    assertThat(FeatureRanking.myopic(2).asWeights().act(page(NONE, NONE, NONE, TOPICS, all(6))))
        .containsExactly(0, 1, 0, 0, 0, 0, 0);
  }

  @Test
  void theWeightsRankLikeTheSlatePolicyOnRandomPages() {
    FeedObservationSpace space = new FeedObservationSpace(3, 8, 30, 10, 4, 100, 5);
    SplittableRandom random = new SplittableRandom(7);
    for (FeatureRanking ranking : new FeatureRanking[] {FeatureRanking.popularity(5), FeatureRanking.myopic(5)}) {
      for (int i = 0; i < 200; i++) {
        FeedObservation observation = space.sample(random);
        assertThat(RankingWeights.rank(observation, ranking.weights(), 5)).containsExactly(ranking.act(observation));
      }
    }
  }

  @Test
  void constantFeatureRanksByIndexInBothForms() {
    FeedObservation observation = page(NONE, NONE, NONE, TOPICS, new boolean[] {false, true, true, true, true, true});
    FeatureRanking myopic = FeatureRanking.myopic(3);

    assertThat(myopic.act(observation)).containsExactly(1, 2, 3);
    assertThat(RankingWeights.rank(observation, myopic.weights(), 3)).containsExactly(1, 2, 3);
  }

  @Test
  void rejectsBadArgumentsAndShortPages() {
    assertThatThrownBy(() -> new FeatureRanking(FeedObservation.EMBEDDING, 2))
        .hasMessage("feature must be a scoring feature column in [0, 7), found 7");
    assertThatThrownBy(() -> FeatureRanking.popularity(0)).hasMessage("slate_size must be >= 1, found 0");
    boolean[] two = {true, false, false, true, false, false};
    assertThatThrownBy(() -> FeatureRanking.popularity(3).act(page(NONE, NONE, NONE, TOPICS, two)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only 2 available candidates");
  }
}
