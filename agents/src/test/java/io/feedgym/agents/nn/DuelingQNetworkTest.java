package io.feedgym.agents.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.feedgym.agents.dqn.TdLoss;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Eq. 9 with hand-set parameters: input x = (1, −1), an identity ReLU hidden layer gives h = (1, 0),
 * the value stream V = 2·1 + 5·0 + 0.5 = 2.5 and the advantage stream A = (1, 2, 6), mean 3, so
 * Q = 2.5 + (1, 2, 6) − 3 = (0.5, 1.5, 5.5).
 */
class DuelingQNetworkTest {
  private static final float[] STATE = {1, -1};

  @TempDir Path dir;

  private static DuelingQNetwork handSet() {
    DuelingQNetwork net = DuelingQNetwork.build(2, List.of(2), 3, new TdLoss(TdLoss.Kind.MSE), 0.01, 1);
    ComputationGraph graph = net.graph();
    graph.setParam("hidden0_W", Nd4j.createFromArray(new float[][] {{1, 0}, {0, 1}}));
    graph.setParam("hidden0_b", Nd4j.createFromArray(new float[][] {{0, 0}}));
    graph.setParam("value_W", Nd4j.createFromArray(new float[][] {{2}, {5}}));
    graph.setParam("value_b", Nd4j.createFromArray(new float[][] {{0.5f}}));
    graph.setParam("advantage_W", Nd4j.createFromArray(new float[][] {{1, 2, 6}, {7, 7, 7}}));
    graph.setParam("advantage_b", Nd4j.createFromArray(new float[][] {{0, 0, 0}}));
    return net;
  }

  private static INDArray row(float... values) {
    return Nd4j.create(values, new long[] {1, values.length}, 'c');
  }

  @Test
  void qIsValuePlusAdvantageMinusMeanAdvantage() {
    DuelingQNetwork net = handSet();
    assertThat(net.output(row(STATE))).containsExactly(new float[] {0.5f, 1.5f, 5.5f}, within(1e-6f));
    assertThat(new DenseMirror(net.graph()).forward(STATE)).containsExactly(new float[] {0.5f, 1.5f, 5.5f},
        within(1e-6f));
    assertThat(net.argmax(STATE)).isEqualTo(2);
  }

  /**
   * Taken action 2 with target 4.5: the squared TD error is 1 and ∂L/∂Q = (0, 0, 2). Eq. 9's backward
   * gives ∂L/∂V = 2 and ∂L/∂A = (0, 0, 2) − 2/3 = (−2/3, −2/3, 4/3); through the heads
   * ∂L/∂h = 2·(2, 5) + A-weights·∂L/∂A = (4 + 6, 10 + 0) and the ReLU passes the first unit only.
   */
  @Test
  void gradientsFollowEquationNine() {
    ComputationGraph graph = handSet().graph();
    graph.setInputs(row(STATE));
    graph.setLabels(row(0, 0, 4.5f));
    graph.setLayerMaskArrays(null, new INDArray[] {row(0, 0, 1)});
    graph.computeGradientAndScore();
    assertThat(graph.score()).isCloseTo(1.0, within(1e-6));
    assertThat(gradient(graph, "value_b")).containsExactly(new float[] {2}, within(1e-6f));
    assertThat(gradient(graph, "value_W")).containsExactly(new float[] {2, 0}, within(1e-6f));
    assertThat(gradient(graph, "advantage_b")).containsExactly(new float[] {-2f / 3, -2f / 3, 4f / 3}, within(1e-6f));
    assertThat(gradient(graph, "hidden0_b")).containsExactly(new float[] {10, 0}, within(1e-5f));
  }

  private static float[] gradient(ComputationGraph graph, String key) {
    return graph.gradient().getGradientFor(key).dup('c').ravel().toFloatVector();
  }

  @Test
  void fitMovesTheTakenActionTowardItsTarget() {
    DuelingQNetwork net = handSet();
    for (int k = 0; k < 200; k++) {
      net.fit(row(STATE), row(0, 0, 4.5f), row(0, 0, 1));
    }
    assertThat(net.output(row(STATE))[2]).isCloseTo(4.5f, within(0.01f));
    assertThat(net.score()).isLessThan(1e-3);
  }

  @Test
  void saveAndRestoreGiveTheSameNetwork() throws IOException {
    DuelingQNetwork net = handSet();
    QNetwork restored = net.restore(saved(net, "q.zip"));
    assertThat(restored).isInstanceOf(DuelingQNetwork.class);
    assertThat(restored.output(row(STATE))).containsExactly(0.5f, 1.5f, 5.5f);
    assertThat(restored.argmax(STATE)).isEqualTo(2);
  }

  @Test
  void restoringAnMlpCheckpointFailsNamingTheFileAndTheExpectedKind() throws IOException {
    Path file = saved(MlpQNetwork.build(2, List.of(2), 3, new TdLoss(TdLoss.Kind.MSE), 0.01, 1), "mlp.zip");
    assertThatThrownBy(() -> handSet().restore(file)).isInstanceOf(IOException.class)
        .hasMessageStartingWith(file + ": corrupt network checkpoint, or not a dueling Q-network");
    assertThatThrownBy(() -> handSet().restore(dir.resolve("missing.zip"))).isInstanceOf(IOException.class)
        .hasMessage(dir.resolve("missing.zip") + ": checkpoint file is missing");
  }

  @Test
  void restoringAnotherSizeFailsWithBothParameterCounts() throws IOException {
    Path file = saved(DuelingQNetwork.build(2, List.of(4), 3, new TdLoss(TdLoss.Kind.MSE), 0.01, 1), "wide.zip");
    assertThatThrownBy(() -> handSet().restore(file)).isInstanceOf(IOException.class)
        .hasMessage(file + ": network has 32 parameters, this agent's configuration needs 18");
  }

  private Path saved(QNetwork net, String name) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file)) {
      net.save(out, true);
    }
    return file;
  }

  @Test
  void blendMovesTowardTheSourceAndACopyIsIndependent() {
    DuelingQNetwork net = handSet();
    QNetwork copy = net.copy();
    DuelingQNetwork other = DuelingQNetwork.build(2, List.of(2), 3, new TdLoss(TdLoss.Kind.MSE), 0.01, 9);
    float[] before = net.params().toFloatVector();
    float[] source = other.params().toFloatVector();
    net.blend(other, 0.75);
    float[] after = net.params().toFloatVector();
    for (int i = 0; i < after.length; i++) {
      assertThat(after[i]).isCloseTo(0.75f * before[i] + 0.25f * source[i], within(1e-6f));
    }
    assertThat(copy.params().toFloatVector()).containsExactly(before);
    net.blend(other, 0.0);
    assertThat(net.params().toFloatVector()).containsExactly(source);
    assertThat(net.argmax(STATE)).isEqualTo(new DenseMirror(other.graph()).argmax(STATE));
    assertThatThrownBy(() -> net.blend(MlpQNetwork.build(2, List.of(2), 3, new TdLoss(TdLoss.Kind.MSE), 0.01, 1), 0.5))
        .hasMessage("cannot blend a network of 15 parameters into one of 18");
  }
}
