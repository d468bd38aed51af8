package io.feedgym.agents.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.feedgym.agents.dqn.TdLoss;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class DenseMirrorTest {

  @Test
  void mirrorMatchesTheNetworkBeforeAndAfterTraining() {
    MultiLayerNetwork net = Mlp.build(5, List.of(7, 3), 4, new TdLoss(TdLoss.Kind.MSE), 0.01, 42);
    DenseMirror mirror = new DenseMirror(net);
    Function<INDArray, float[]> dl4j = x -> net.output(x).ravel().toFloatVector();
    assertMatches(dl4j, mirror);
    for (int k = 0; k < 5; k++) {
      net.fit(randomRows(8, 5, 1), randomRows(8, 4, 2));
    }
    assertThat(maxDifference(dl4j, mirror)).isGreaterThan(1e-4);
    mirror.sync();
    assertMatches(dl4j, mirror);
  }

  /** The dueling head (Eq. 9) in plain Java gives DL4J's Q-values and the same greedy actions. */
  @Test
  void duelingMirrorMatchesTheGraphBeforeAndAfterTraining() {
    DuelingQNetwork q = DuelingQNetwork.build(5, List.of(7, 3), 4, new TdLoss(TdLoss.Kind.MSE), 0.01, 42);
    ComputationGraph graph = q.graph();
    DenseMirror mirror = new DenseMirror(graph);
    Function<INDArray, float[]> dl4j = x -> graph.outputSingle(x).ravel().toFloatVector();
    assertThat(mirror.inputs()).isEqualTo(5);
    assertThat(mirror.outputs()).isEqualTo(4);
    assertMatches(dl4j, mirror);
    for (int k = 0; k < 5; k++) {
      q.fit(randomRows(8, 5, 1), randomRows(8, 4, 2), Nd4j.ones(8, 4));
    }
    assertThat(maxDifference(dl4j, mirror)).isGreaterThan(1e-4);
    mirror.sync();
    assertMatches(dl4j, mirror);
  }

  @Test
  void aGraphWithoutADuelingHeadIsRejected() {
    var conf = Mlp.settings(0.01, 1).graphBuilder().addInputs("in")
        .addLayer("a", Mlp.dense(3, 2, Activation.RELU), "in")
        .addLayer("b", new DenseLayer.Builder().nIn(2).nOut(2).activation(Activation.SIGMOID).build(), "a")
        .setOutputs("b").build();
    ComputationGraph graph = new ComputationGraph(conf);
    graph.init();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DenseMirror(graph))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("expected dense layers and a DuelingVertex");
  }

  private static INDArray randomRows(int rows, int columns, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    float[] values = new float[rows * columns];
    for (int i = 0; i < values.length; i++) {
      values[i] = (float) random.nextDouble(-1, 1);
    }
    return Nd4j.create(values, new long[] {rows, columns}, 'c');
  }

  private static void assertMatches(Function<INDArray, float[]> dl4j, DenseMirror mirror) {
    assertThat(maxDifference(dl4j, mirror)).isLessThan(1e-5);
  }

  /** Largest |DL4J − mirror| output over random inputs; where they agree, so does the greedy action. */
  private static double maxDifference(Function<INDArray, float[]> dl4j, DenseMirror mirror) {
    SplittableRandom random = new SplittableRandom(7);
    double max = 0;
    for (int k = 0; k < 20; k++) {
      float[] input = new float[5];
      for (int i = 0; i < input.length; i++) {
        input[i] = (float) random.nextDouble(-2, 2);
      }
      float[] expected = dl4j.apply(Nd4j.create(input, new long[] {1, 5}, 'c'));
      float[] actual = mirror.forward(input).clone();
      double difference = 0;
      for (int j = 0; j < expected.length; j++) {
        difference = Math.max(difference, Math.abs(expected[j] - actual[j]));
      }
      if (difference < 1e-5) {
        assertThat(mirror.argmax(input)).isEqualTo(argmax(expected));
      }
      max = Math.max(max, difference);
    }
    return max;
  }

  private static int argmax(float[] values) {
    int best = 0;
    for (int a = 1; a < values.length; a++) {
      if (values[a] > values[best]) {
        best = a;
      }
    }
    return best;
  }

  @Test
  void loadRejectsAParameterVectorOfTheWrongLength() {
    DenseMirror mirror = new DenseMirror(Mlp.build(3, List.of(6), 2, new TdLoss(TdLoss.Kind.MSE), 0.01, 5));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> mirror.load(new float[10]))
        .hasMessage("expected 38 parameters, found 10");
  }

  @Test
  void reportsItsShape() {
    DenseMirror mirror = new DenseMirror(Mlp.build(3, List.of(4), 2, new TdLoss(TdLoss.Kind.MSE), 0.01, 1));
    assertThat(mirror.inputs()).isEqualTo(3);
    assertThat(mirror.outputs()).isEqualTo(2);
    assertThat(mirror.forward(new float[] {0, 0, 0})[0]).isCloseTo(0f, within(1e-6f));
  }
}
