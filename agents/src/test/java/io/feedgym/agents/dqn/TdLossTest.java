package io.feedgym.agents.dqn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class TdLossTest {
  // Two examples, three actions; example 0 took action 1 (Q=2, y=0.5), example 1 took action 2 (Q=-1, y=-0.8).
  private final INDArray q = Nd4j.createFromArray(new float[][] {{9, 2, 9}, {9, 9, -1}});
  private final INDArray y = Nd4j.createFromArray(new float[][] {{0, 0.5f, 0}, {0, 0, -0.8f}});
  private final INDArray mask = Nd4j.createFromArray(new float[][] {{0, 1, 0}, {0, 0, 1}});

  @Test
  void squaredErrorOnTheTakenActionOnly() {
    TdLoss loss = new TdLoss(TdLoss.Kind.MSE);
    double expected = (1.5 * 1.5 + 0.2 * 0.2) / 2;
    assertThat(loss.computeScore(y, q, new ActivationIdentity(), mask, true)).isCloseTo(expected, within(1e-6));
    float[] grad = loss.computeGradient(y, q, new ActivationIdentity(), mask).ravel().toFloatVector();
    assertThat(grad).containsExactly(new float[] {0, 3.0f, 0, 0, 0, -0.4f}, within(1e-6f));
  }

  @Test
  void huberIsQuadraticInsideAndLinearOutsideTheUnitBand() {
    TdLoss loss = new TdLoss(TdLoss.Kind.HUBER);
    double expected = ((1.5 - 0.5) + 0.5 * 0.2 * 0.2) / 2;
    assertThat(loss.computeScore(y, q, new ActivationIdentity(), mask, true)).isCloseTo(expected, within(1e-6));
    float[] grad = loss.computeGradient(y, q, new ActivationIdentity(), mask).ravel().toFloatVector();
    assertThat(grad).containsExactly(new float[] {0, 1.0f, 0, 0, 0, -0.2f}, within(1e-6f));
  }
}
