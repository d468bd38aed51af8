package io.feedgym.agents.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Hand-computed loss terms: behaviour cloning's Plackett–Luce log-likelihood, CQL's log-sum-exp penalty with the
 * TD term, and discrete BCQ's threshold mask. One page of three candidates and ⊥ (four rows).
 */
class OfflineLossesTest {
  // Rows 0..2 are candidates, row 3 is ⊥; candidate 1 is out of stock in the second case.
  private static INDArray labels(double[][] rows) {
    return Nd4j.create(rows).castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT);
  }

  private static INDArray column(double... values) {
    return Nd4j.create(values, new long[] {values.length, 1}).castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT);
  }

  /** Slate (2, 0): candidate 2 at position 0, candidate 0 at position 1; a target 3 on candidate 2. */
  private static final double[][] PAGE = {
      {0, 0, 1, 1}, // candidate 0: available, shown at position 1
      {0, 0, 1, -1}, // candidate 1: available, not shown
      {3, 1, 1, 0}, // candidate 2: available, shown at position 0, TD target 3
      {0, 0, 0, -1}}; // ⊥

  @Test
  void plackettLuceIsTheNegativeLogLikelihoodOfTheSlateDrawnWithoutReplacement() {
    double[] f = {1, 0, 2, 5};
    PageLoss.Value value = new PlackettLuceLoss(4).value(new PageLabels(labels(PAGE), column(f), 4), f);
    double first = Math.log(Math.exp(1) + Math.exp(0) + Math.exp(2)) - 2; // candidate 2 among {0, 1, 2}
    double second = Math.log(Math.exp(1) + Math.exp(0)) - 1; // candidate 0 among {0, 1}
    assertThat(value.loss()).isCloseTo(first + second, within(1e-9));
    double z1 = Math.exp(1) + Math.exp(0) + Math.exp(2);
    double z2 = Math.exp(1) + Math.exp(0);
    assertThat(value.gradient()[0]).isCloseTo(Math.exp(1) / z1 + Math.exp(1) / z2 - 1, within(1e-9));
    assertThat(value.gradient()[1]).isCloseTo(1 / z1 + 1 / z2, within(1e-9));
    assertThat(value.gradient()[2]).isCloseTo(Math.exp(2) / z1 - 1, within(1e-9));
    assertThat(value.gradient()[3]).isZero(); // ⊥ is never available
  }

  @Test
  void dl4jGetsTheGradientTimesTheRowsAndTheLossAsScore() {
    double[] f = {1, 0, 2, 5};
    PlackettLuceLoss loss = new PlackettLuceLoss(4);
    PageLoss.Value value = loss.value(new PageLabels(labels(PAGE), column(f), 4), f);
    Pair<Double, INDArray> dl4j = loss.computeGradientAndScore(labels(PAGE), column(f), new ActivationIdentity(),
        null, true);
    assertThat(dl4j.getFirst()).isCloseTo(value.loss(), within(1e-6));
    assertThat(dl4j.getSecond().getDouble(2, 0)).isCloseTo(4 * value.gradient()[2], within(1e-5));
    assertThat(loss.computeScore(labels(PAGE), column(f), new ActivationIdentity(), null, false))
        .isCloseTo(4 * value.loss(), within(1e-5));
  }

  @Test
  void cqlAddsAlphaTimesLogSumExpOverAvailableMinusTheMeanLoggedValue() {
    double[] q = {1, 0, 2, 0.5};
    PageLoss.Value value = new ConservativeTdLoss(4, 0.5).value(new PageLabels(labels(PAGE), column(q), 4), q);
    double z = Math.exp(1) + Math.exp(0) + Math.exp(2);
    double td = (2 - 3) * (2 - 3);
    double penalty = Math.log(z) - (2 + 1) / 2.0;
    assertThat(value.loss()).isCloseTo(td + 0.5 * penalty, within(1e-9));
    assertThat(value.gradient()[2]).isCloseTo(2 * (2 - 3) + 0.5 * (Math.exp(2) / z - 0.5), within(1e-9));
    assertThat(value.gradient()[1]).isCloseTo(0.5 * (1 / z), within(1e-9));
    assertThat(value.gradient()[0]).isCloseTo(0.5 * (Math.exp(1) / z - 0.5), within(1e-9));
    assertThat(value.gradient()[3]).isZero();
  }

  @Test
  void withoutAlphaItIsTheMeanSquaredErrorOverTrainedRows() {
    double[] q = {1, 0, 2, 0.5};
    double[][] twoTargets = PAGE.clone();
    twoTargets[3] = new double[] {-1, 1, 0, -1}; // ⊥ trained towards −1 as well
    PageLoss.Value value = new ConservativeTdLoss(4, 0).value(new PageLabels(labels(twoTargets), column(q), 4), q);
    assertThat(value.loss()).isCloseTo(((2 - 3) * (2 - 3) + (0.5 + 1) * (0.5 + 1)) / 2.0, within(1e-9));
    assertThat(value.gradient()[3]).isCloseTo(2 * 1.5 / 2, within(1e-9));
    assertThat(value.gradient()[0]).isZero();
  }

  @Test
  void bcqKeepsTheItemsWithinTauOfTheMostLikelyAndAlwaysTheTopK() {
    // G ∝ exp(f): ratios to the best are 1, 0.5, 0.2, 0.4 (unavailable), 0.31.
    double[] f = {0, Math.log(0.5), Math.log(0.2), Math.log(0.4), Math.log(0.31), 9};
    boolean[] mask = {true, true, true, false, true};
    assertThat(SlateCloner.eligible(f, mask, 0.3, 1)).containsExactly(true, true, false, false, true);
    assertThat(SlateCloner.eligible(f, mask, 0.6, 1)).containsExactly(true, false, false, false, false);
    assertThat(SlateCloner.eligible(f, mask, 0.6, 3)).containsExactly(true, true, false, false, true);
    assertThat(SlateCloner.eligible(f, mask, 0.0, 1)).containsExactly(true, true, true, false, true);
    assertThat(SlateCloner.topK(f, mask, 3)).containsExactly(0, 1, 4);
  }

  @Test
  void badShapesAndSlatesAreErrors() {
    double[] q = {1, 0, 2, 0.5};
    assertThatThrownBy(() -> new PageLabels(labels(PAGE), column(1, 2, 3), 4))
        .hasMessageContaining("one output and 4 labels per row in pages of 4 rows");
    double[][] gap = {{0, 0, 1, 2}, {0, 0, 1, -1}, {3, 1, 1, 0}, {0, 0, 0, -1}};
    assertThatThrownBy(() -> new PlackettLuceLoss(4).value(new PageLabels(labels(gap), column(q), 4), q))
        .hasMessageContaining("slate positions must be 0..1");
    double[][] untrained = {{0, 0, 1, 1}, {0, 0, 1, -1}, {3, 0, 1, 0}, {0, 0, 0, -1}};
    assertThatThrownBy(() -> new ConservativeTdLoss(4, 1).value(new PageLabels(labels(untrained), column(q), 4), q))
        .hasMessageContaining("at least one row with a target");
    assertThatThrownBy(() -> new ConservativeTdLoss(4, -1)).hasMessageContaining("cql_alpha");
  }
}
