package io.feedgym.agents.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.feedgym.agents.dqn.TdLoss;
import java.util.List;
import java.util.SplittableRandom;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

class DenseMirrorTest {

  @Test
  void mirrorMatchesTheNetworkBeforeAndAfterTraining() {
    MultiLayerNetwork net = Mlp.build(5, List.of(7, 3), 4, new TdLoss(TdLoss.Kind.MSE), 0.01, 42);
    DenseMirror mirror = new DenseMirror(net);
    assertMatches(net, mirror);
    float[] x = new float[8 * 5];
    float[] y = new float[8 * 4];
    SplittableRandom random = new SplittableRandom(1);
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) random.nextDouble(-1, 1);
    }
    for (int i = 0; i < y.length; i++) {
      y[i] = (float) random.nextDouble(-1, 1);
    }
    for (int k = 0; k < 5; k++) {
      net.fit(Nd4j.create(x, new long[] {8, 5}, 'c'), Nd4j.create(y, new long[] {8, 4}, 'c'));
    }
    assertThat(maxDifference(net, mirror)).isGreaterThan(1e-4);
    mirror.sync();
    assertMatches(net, mirror);
  }

  private static void assertMatches(MultiLayerNetwork net, DenseMirror mirror) {
    assertThat(maxDifference(net, mirror)).isLessThan(1e-5);
  }

  private static double maxDifference(MultiLayerNetwork net, DenseMirror mirror) {
    SplittableRandom random = new SplittableRandom(7);
    double max = 0;
    for (int k = 0; k < 20; k++) {
      float[] input = new float[5];
      for (int i = 0; i < input.length; i++) {
        input[i] = (float) random.nextDouble(-2, 2);
      }
      float[] expected = net.output(Nd4j.create(input, new long[] {1, 5}, 'c')).ravel().toFloatVector();
      float[] actual = mirror.forward(input);
      for (int j = 0; j < expected.length; j++) {
        max = Math.max(max, Math.abs(expected[j] - actual[j]));
      }
      assertThat(mirror.argmax(input)).isBetween(0, 3);
    }
    return max;
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
