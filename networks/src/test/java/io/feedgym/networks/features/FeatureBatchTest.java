package io.feedgym.networks.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class FeatureBatchTest {
  private static final Field.Dense USER = new Field.Dense("user", Tower.STATE, 2);
  private static final Field.Categorical COHORT = new Field.Categorical("cohort", Tower.STATE, 3, 4);
  private static final Field.MultiHot TOPICS = new Field.MultiHot("topics", Tower.STATE, 5, 4);
  private static final Field.Sequence RECENT = new Field.Sequence("recent", Tower.STATE, 10, 4, 3);
  private static final Field.Categorical TOPIC = new Field.Categorical("topic", Tower.ITEM, 5, 4);
  private static final FeatureSpec SPEC =
      new FeatureSpec(List.of(USER, COHORT, TOPICS, RECENT, TOPIC), List.of()).withCross("cohort", "topic");

  @Test
  void inputsFollowTheSpecOrderWithCrossesLast() {
    FeatureBatch batch = new FeatureBatch(SPEC, 2);
    for (int r = 0; r < 2; r++) {
      batch.dense(USER, r, new double[] {r, -r});
      batch.category(COHORT, r, 2 - r);
      batch.category(TOPIC, r, 4);
    }
    batch.member(TOPICS, 0, 1);
    batch.member(TOPICS, 0, 3);
    batch.sequence(RECENT, 0, new int[] {7});
    batch.sequence(RECENT, 1, new int[] {1, 2, 3, 4});

    INDArray[] in = batch.inputs(DataType.FLOAT);

    assertThat(SPEC.inputNames()).containsExactly("user", "cohort", "topics", "recent", "topic", "cohort_x_topic");
    assertThat(in[0].toDoubleMatrix()).isEqualTo(new double[][] {{0, 0}, {1, -1}});
    assertThat(in[1].toDoubleMatrix()).isEqualTo(new double[][] {{2}, {1}});
    assertThat(in[2].getRow(0).toDoubleVector()).containsExactly(0, 1, 0, 1, 0);
    // index + 1, oldest first, left-padded with 0; a longer history keeps its last three items.
    assertThat(in[3].toDoubleMatrix()).isEqualTo(new double[][] {{0, 0, 8}, {3, 4, 5}});
    assertThat(in[5].toDoubleMatrix()).isEqualTo(new double[][] {{2 * 5 + 4}, {1 * 5 + 4}});
    assertThat(SPEC.vocabulary(SPEC.crosses().get(0))).isEqualTo(15);
  }

  @Test
  void badValuesFailNamingTheField() {
    FeatureBatch batch = new FeatureBatch(SPEC, 1);

    assertThatThrownBy(() -> batch.category(COHORT, 0, 3)).hasMessageContaining("cohort categories are in [0, 3)");
    assertThatThrownBy(() -> batch.dense(USER, 0, 1, Double.NaN)).hasMessageContaining("user[1] must be finite");
    assertThatThrownBy(() -> batch.dense(USER, 1, 0, 1.0)).hasMessageContaining("row must be in [0, 1)");
    assertThatThrownBy(() -> batch.inputs(DataType.FLOAT))
        .hasMessageContaining("categorical field cohort is unset in row 0");
  }

  @Test
  void specRejectsDuplicateNamesAndCrossesOfNonCategoricalFields() {
    assertThatThrownBy(() -> FeatureSpec.of(USER, new Field.Dense("user", Tower.ITEM, 1)))
        .hasMessageContaining("found user twice");
    assertThatThrownBy(() -> FeatureSpec.of(USER, COHORT).withCross("user", "cohort"))
        .hasMessageContaining("must join categorical fields");
    assertThatThrownBy(() -> new Field.Categorical("Bad Name", Tower.ITEM, 2, 2)).hasMessageContaining("[a-z]");
  }
}
