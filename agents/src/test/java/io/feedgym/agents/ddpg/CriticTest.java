package io.feedgym.agents.ddpg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.feedgym.agents.ddpg.DdpgConfig.CriticForm;
import io.feedgym.networks.Network;
import io.feedgym.random.SplitMix;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** ∂Q/∂a from the critic's input epsilon against central finite differences, and the critic's descent. */
class CriticTest {
  private static final int STATES = 5;
  private static final int ACTIONS = 3;
  private static final int BATCH = 4;

  private static INDArray uniform(SplitMix random, int rows, int columns) {
    double[][] values = new double[rows][columns];
    for (double[] row : values) {
      for (int j = 0; j < columns; j++) {
        row[j] = 2 * random.nextDouble() - 1;
      }
    }
    return Nd4j.create(values).castTo(DataType.DOUBLE);
  }

  /**
   * In double precision (the critic's parameters cast to double), each entry of ∂Q/∂a matches
   * (Q(a + h e_j) − Q(a − h e_j)) / 2h with h = 1e-5 to 1e-6 relative error. The output layers are
   * re-initialised at full scale first, so that the gradient is not dominated by the tiny initial head.
   */
  @ParameterizedTest
  @EnumSource(CriticForm.class)
  void actionGradientMatchesFiniteDifferences(CriticForm form) {
    checkActionGradient(Critic.build(form, STATES, ACTIONS, List.of(16, 8), 1e-3, 3));
  }

  /** The blocks of module networks as critics: the same check through their SameDiff layers and loss layer. */
  @ParameterizedTest
  @EnumSource(value = Network.class, names = {"FM", "DEEPFM", "DCN", "TWO_TOWER"})
  void aBlockCriticsActionGradientMatchesFiniteDifferences(Network block) {
    checkActionGradient(Critic.build(block, STATES, ACTIONS, List.of(16, 8), 1e-3, 3));
  }

  /** A block critic descends toward fixed targets like the MLP. */
  @Test
  void aBlockCriticDescendsToFixedTargets() {
    checkDescent(Critic.build(Network.DEEPFM, STATES, ACTIONS, List.of(16, 16), 1e-2, 5));
  }

  private static void checkActionGradient(Critic critic) {
    var graph = critic.graph();
    graph.setParams(uniform(new SplitMix(9), 1, (int) graph.numParams()).castTo(DataType.FLOAT));
    var doubles = new Critic(graph.convertDataType(DataType.DOUBLE));
    SplitMix random = new SplitMix(4);
    INDArray states = uniform(random, BATCH, STATES);
    INDArray actions = uniform(random, BATCH, ACTIONS);
    INDArray gradient = doubles.actionGradient(states, actions);
    assertThat(gradient.shape()).containsExactly(BATCH, ACTIONS);
    double h = 1e-5;
    double largest = 0;
    for (int j = 0; j < ACTIONS; j++) {
      INDArray up = actions.dup();
      INDArray down = actions.dup();
      up.getColumn(j).addi(h);
      down.getColumn(j).subi(h);
      INDArray qUp = doubles.graph().output(false, states, up)[0];
      INDArray qDown = doubles.graph().output(false, states, down)[0];
      for (int i = 0; i < BATCH; i++) {
        double numeric = (qUp.getDouble(i, 0) - qDown.getDouble(i, 0)) / (2 * h);
        largest = Math.max(largest, Math.abs(numeric));
        assertThat(gradient.getDouble(i, j)).as("row %s, action %s", i, j)
            .isCloseTo(numeric, within(1e-6 + 1e-5 * Math.abs(numeric)));
      }
    }
    assertThat(largest).as("a non-trivial gradient").isGreaterThan(0.01);
  }

  /** Repeated steps toward fixed targets drive the mean squared error down by orders of magnitude. */
  @ParameterizedTest
  @EnumSource(CriticForm.class)
  void descendFitsFixedTargets(CriticForm form) {
    checkDescent(Critic.build(form, STATES, ACTIONS, List.of(16, 16), 1e-2, 5));
  }

  private static void checkDescent(Critic critic) {
    SplitMix random = new SplitMix(6);
    INDArray states = uniform(random, 32, STATES).castTo(DataType.FLOAT);
    INDArray actions = uniform(random, 32, ACTIONS).castTo(DataType.FLOAT);
    float[] targets = new float[32];
    for (int i = 0; i < targets.length; i++) {
      targets[i] = (float) (1 + states.getDouble(i, 0) - 2 * actions.getDouble(i, 1));
    }
    double first = mse(critic.descend(states, actions, targets), targets);
    for (int t = 0; t < 300; t++) {
      critic.descend(states, actions, targets);
    }
    double last = mse(critic.q(states, actions), targets);
    assertThat(first).isGreaterThan(1);
    assertThat(last).isLessThan(first / 100);
  }

  private static double mse(float[] q, float[] y) {
    double sum = 0;
    for (int i = 0; i < q.length; i++) {
      sum += (q[i] - y[i]) * (q[i] - y[i]);
    }
    return sum / q.length;
  }
}
