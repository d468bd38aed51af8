package io.feedgym.agents.slateq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.feedgym.agents.slateq.SlateQConfig.Head;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The item-wise TD loss: hand-computed values and, for the dueling head, gradients against finite differences. */
class ItemTdLossTest {
  private static final ActivationIdentity IDENTITY = new ActivationIdentity();

  private static INDArray matrix(int rows, int columns, double... values) {
    return Nd4j.create(values, new long[] {rows, columns}, 'c').castTo(DataType.DOUBLE);
  }

  @Test
  void plainLossIsTheWeightedSquaredErrorPerRow() {
    ItemTdLoss loss = new ItemTdLoss(Head.PLAIN, 1);
    INDArray out = matrix(2, 1, 3.0, 1.0);
    INDArray labels = matrix(2, 1, 2.0, 4.0);
    INDArray weights = matrix(2, 1, 1.0, 0.5);
    // 1 · (3 − 2)² + 0.5 · (1 − 4)² = 5.5, averaged over 2 rows.
    assertThat(loss.computeScore(labels, out, IDENTITY, weights, true)).isCloseTo(2.75, within(1e-9));
    assertThat(loss.computeGradient(labels, out, IDENTITY, weights).toDoubleVector()).containsExactly(2.0, -3.0);
  }

  @Test
  void duelingValuesSubtractTheMeanAdvantageOfTheAvailableItems() {
    // One page of three rows: V = 1 on each, A = (2, 5, 9), the third unavailable (⊥-like): mean A = 3.5.
    float[] out = {1, 2, 1, 5, 1, 9};
    double[] q = ItemTdLoss.itemValues(Head.DUELING, out, new double[] {1, 1, 0}, 3);
    assertThat(q).containsExactly(-0.5, 2.5, 6.5);
  }

  @Test
  void duelingGradientMatchesFiniteDifferences() {
    ItemTdLoss loss = new ItemTdLoss(Head.DUELING, 3);
    // Two pages of three rows; columns (V, A); labels (target, available); row 1 of page 0 and row 2 of page 1 trained.
    INDArray out = matrix(6, 2, 0.3, 1.0, 0.3, -0.5, 0.3, 2.0, -0.2, 0.7, -0.2, 0.1, -0.2, 1.5);
    INDArray labels = matrix(6, 2, 0, 1, 2.0, 1, 0, 0, 0, 1, 0, 1, -1.0, 1);
    INDArray weights = matrix(6, 1, 0, 2, 0, 0, 0, 1);
    double[] gradient = loss.computeGradient(labels, out, IDENTITY, weights).ravel().toDoubleVector();
    double[] values = out.ravel().toDoubleVector();
    // The loss is quadratic, so central differences are exact but for the float arithmetic inside.
    double h = 1e-2;
    for (int i = 0; i < values.length; i++) {
      double[] plus = values.clone();
      double[] minus = values.clone();
      plus[i] += h;
      minus[i] -= h;
      double numeric = (loss.computeScore(labels, matrix(6, 2, plus), IDENTITY, weights, false)
          - loss.computeScore(labels, matrix(6, 2, minus), IDENTITY, weights, false)) / (2 * h);
      assertThat(gradient[i]).as("d loss / d output %s", i).isCloseTo(numeric, within(1e-3));
    }
  }
}
