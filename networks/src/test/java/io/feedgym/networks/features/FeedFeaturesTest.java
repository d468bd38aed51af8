package io.feedgym.networks.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feed.FeedObservationSpace;
import io.feedgym.networks.sequence.RecentItems;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class FeedFeaturesTest {
  /** feed-v0's shape: 8 embedding dims + 4 cohorts, 7 + 20 context entries, 100 candidates of 15 features. */
  static final FeedObservationSpace SPACE = new FeedObservationSpace(12, 27, 100, 15, 20, 5000, 10);

  @Test
  void specListsTheFeedFieldsByTower() {
    FeatureSpec spec = new FeedFeatures(SPACE, 4, 8, 5).spec();

    assertThat(spec.inputNames()).containsExactly("user", "cohort", "context", "page_topics", "recent_clicks",
        "item", "topic", "item_id", "cohort_x_topic");
    assertThat(spec.fields(Tower.ITEM)).extracting(Field::name).containsExactly("item", "topic", "item_id");
    assertThat(spec.vectors()).isEqualTo(8 + 1 + 27 + 1 + 1 + 15 + 1 + 1);
    assertThat(new FeedFeatures(SPACE, 0, 8, 0).spec().inputNames())
        .containsExactly("user", "context", "page_topics", "item", "topic", "item_id");
  }

  @Test
  void pageRowsHoldTheObservationWithoutCallerArithmetic() {
    FeedObservation page = SPACE.sample(new SplittableRandom(3));
    RecentItems clicks = new RecentItems(5);
    clicks.add(42);
    FeedFeatures features = new FeedFeatures(SPACE, 4, 8, 5);

    INDArray[] in = features.encodePage(page, clicks).inputs(DataType.FLOAT);

    double[] user = page.user();
    int cohort = 0;
    for (int c = 1; c < 4; c++) {
      cohort = user[8 + c] > user[8 + cohort] ? c : cohort;
    }
    for (int row : new int[] {0, 57}) {
      assertThat(in[0].getDouble(row, 3)).isCloseTo(user[3], within(1e-6));
      assertThat(in[1].getInt(row, 0)).isEqualTo(cohort);
      assertThat(in[2].getDouble(row, 9)).isCloseTo(Math.log1p(page.context(9)), within(1e-6));
      assertThat(in[4].getRow(row).toDoubleVector()).containsExactly(0, 0, 0, 0, 43);
      assertThat(in[5].getDouble(row, FeedObservation.PREDICTED_CTR))
          .isCloseTo(page.feature(row, FeedObservation.PREDICTED_CTR), within(1e-6));
      assertThat(in[5].getDouble(row, FeedObservation.TOPIC_FATIGUE))
          .isCloseTo(Math.log1p(page.feature(row, FeedObservation.TOPIC_FATIGUE)), within(1e-6));
      assertThat(in[6].getInt(row, 0)).isEqualTo(page.topic(row));
      assertThat(in[7].getInt(row, 0)).isEqualTo(page.item(row));
      assertThat(in[8].getInt(row, 0)).isEqualTo(cohort * 20 + page.topic(row));
    }
    for (int c = 0; c < SPACE.numCandidates(); c++) {
      if (page.available(c)) {
        assertThat(in[3].getDouble(0, page.topic(c))).isEqualTo(1.0);
      }
    }
    assertThat(in[0].shape()).containsExactly(100, 8);
  }

  /** Left-out item features leave the item field; the kept ones stay in column order. */
  @Test
  void itemFeaturesCanBeLeftOut() {
    FeedObservation page = SPACE.sample(new SplittableRandom(4));
    FeedFeatures features = new FeedFeatures(SPACE, 4, 8, 0,
        Set.of(FeedObservation.RETRIEVAL_SCORE, FeedObservation.PREDICTED_CTR));
    assertThat(features.spec().fields(Tower.ITEM).get(0).inputWidth()).isEqualTo(13);

    INDArray item = features.encodePage(page, new RecentItems(1)).inputs(DataType.FLOAT)[4];

    assertThat(item.getDouble(7, 0)).isCloseTo(page.feature(7, FeedObservation.POPULARITY), within(1e-6));
    assertThat(item.getDouble(7, 3)).isCloseTo(Math.log1p(page.feature(7, FeedObservation.TOPIC_FATIGUE)),
        within(1e-6));
    assertThat(item.getDouble(7, 12)).isCloseTo(page.feature(7, 14), within(1e-6));
    assertThatThrownBy(() -> new FeedFeatures(SPACE, 4, 8, 0, Set.of(15)))
        .hasMessage("item feature 15 to leave out is not in [0, num_features=15)");
  }
}
