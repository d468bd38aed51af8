package io.feedgym.env.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedgym.env.Step;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingWeightsTest {

  /** Four candidates, two scoring features filled, candidate 2 unavailable. */
  private static FeedObservation observation() {
    int width = FeedObservation.EMBEDDING + 1;
    double[] features = new double[4 * width];
    double[][] rows = {{1, 0.1}, {2, 0.4}, {3, 0.9}, {4, 0.2}};
    for (int c = 0; c < 4; c++) {
      features[c * width + FeedObservation.RETRIEVAL_SCORE] = rows[c][0];
      features[c * width + FeedObservation.PREDICTED_CTR] = rows[c][1];
    }
    return FeedObservation.of(new double[1], new double[1], features, new int[4], new int[] {0, 1, 2, 3},
        new boolean[] {true, true, false, true});
  }

  @Test
  void ranksAvailableCandidatesByWeightedStandardisedFeatures() {
    FeedObservation o = observation();
    double[] w = new double[FeedObservation.SCORING_FEATURES];
    w[FeedObservation.PREDICTED_CTR] = 1;
    assertThat(RankingWeights.rank(o, w, 3)).containsExactly(1, 3, 0);
    w[FeedObservation.RETRIEVAL_SCORE] = 1;
    // available rows 0, 1, 3: retrieval z = (x - 7/3) / sd, ctr z = (x - 0.7/3) / sd'
    double sdRetrieval = Math.sqrt((1 + 4 + 16) / 3.0 - 49 / 9.0);
    double sdCtr = Math.sqrt((0.01 + 0.16 + 0.04) / 3 - 0.49 / 9);
    double s0 = (1 - 7 / 3.0) / sdRetrieval + (0.1 - 0.7 / 3) / sdCtr;
    double s1 = (2 - 7 / 3.0) / sdRetrieval + (0.4 - 0.7 / 3) / sdCtr;
    double s3 = (4 - 7 / 3.0) / sdRetrieval + (0.2 - 0.7 / 3) / sdCtr;
    assertThat(s3).isGreaterThan(s1);
    assertThat(s1).isGreaterThan(s0);
    assertThat(RankingWeights.rank(o, w, 2)).containsExactly(3, 1);
    w[FeedObservation.PREDICTED_CTR] = -1;
    assertThat(RankingWeights.rank(o, w, 1)).containsExactly(3);
  }

  @Test
  void topKBreaksTiesTowardTheLowerIndexAndNeedsKAvailable() {
    FeedObservation o = observation();
    assertThat(RankingWeights.topK(o, new double[4], 3)).containsExactly(0, 1, 3);
    assertThatThrownBy(() -> RankingWeights.topK(o, new double[4], 4))
        .hasMessageContaining("only 3 available candidates, fewer than k=4");
  }

  @Test
  void weightsActionShowsTheRankedSlate() {
    Feed feed = new Feed(FeedConfig.defaults());
    RankingWeights env = new RankingWeights(feed);
    FeedObservation o = env.reset(4).observation();
    double[] w = {0, 1, 0, 0, 0, 0, 0};
    int[] expected = RankingWeights.rank(o, w, 10);
    Step<FeedObservation> step = env.step(w);
    assertThat((int[]) step.info().get(RankingWeights.SLATE_KEY)).containsExactly(expected);
    Map<String, Object> info = step.info();
    assertThat(info).containsKey("feedback");
  }

  @Test
  void invalidWeightsNameTheFeatureAndTheRange() {
    RankingWeights env = new RankingWeights(new Feed(FeedConfig.defaults()));
    env.reset(1);
    assertThatThrownBy(() -> env.step(new double[] {0, Double.NaN, 0, 0, 0, 0, 0}))
        .hasMessageContaining("weight 1 (predicted_ctr) must be in [-1, 1], found NaN");
    assertThatThrownBy(() -> env.step(new double[] {0, 0, 0, 0, 1.5, 0, 0}))
        .hasMessageContaining("weight 4 (price) must be in [-1, 1], found 1.5");
    assertThatThrownBy(() -> env.step(new double[] {0, 0}))
        .hasMessageContaining("weights must hold 7 values (retrieval_score, predicted_ctr, popularity, rating, "
            + "price, topic_fatigue, seen), found 2 values");
  }
}
