package io.feedgym.networks.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.feedgym.networks.TestGraphs;
import java.util.HashMap;
import java.util.Map;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

class GruLayerTest {
  private static final int D = 3;
  private static final int H = 4;
  private static final int L = 5;

  @Test
  void lastStateFollowsTheGruEquations() {
    ComputationGraph net = TestGraphs.single(new GruLayer(D, H, L), 4);
    Map<String, double[][]> p = new HashMap<>();
    long seed = 100;
    for (String gate : new String[] {"z", "r", "h"}) {
      p.put("W" + gate, put(net, GruLayer.inputWeight(gate), TestGraphs.uniform(seed++, D, H)));
      p.put("U" + gate, put(net, GruLayer.recurrentWeight(gate), TestGraphs.uniform(seed++, H, H)));
      p.put("b" + gate, put(net, GruLayer.bias(gate), TestGraphs.uniform(seed++, 1, H)));
    }
    INDArray x = TestGraphs.uniform(7, 2, D, L);

    INDArray out = net.outputSingle(x);

    assertThat(out.shape()).containsExactly(2, H);
    for (int row = 0; row < 2; row++) {
      double[] h = new double[H];
      for (int t = 0; t < L; t++) {
        double[] xt = new double[D];
        for (int i = 0; i < D; i++) {
          xt[i] = x.getDouble(row, i, t);
        }
        double[] z = sigmoid(affine(xt, p.get("Wz"), h, p.get("Uz"), p.get("bz")));
        double[] r = sigmoid(affine(xt, p.get("Wr"), h, p.get("Ur"), p.get("br")));
        double[] reset = new double[H];
        for (int j = 0; j < H; j++) {
          reset[j] = r[j] * h[j];
        }
        double[] candidate = affine(xt, p.get("Wh"), reset, p.get("Uh"), p.get("bh"));
        double[] next = new double[H];
        for (int j = 0; j < H; j++) {
          next[j] = (1 - z[j]) * h[j] + z[j] * Math.tanh(candidate[j]);
        }
        h = next;
      }
      for (int j = 0; j < H; j++) {
        assertThat(out.getDouble(row, j)).isCloseTo(h[j], within(1e-10));
      }
    }
  }

  /** x W + h U + b. */
  private static double[] affine(double[] x, double[][] w, double[] h, double[][] u, double[][] b) {
    double[] out = b[0].clone();
    for (int j = 0; j < H; j++) {
      for (int i = 0; i < x.length; i++) {
        out[j] += x[i] * w[i][j];
      }
      for (int i = 0; i < h.length; i++) {
        out[j] += h[i] * u[i][j];
      }
    }
    return out;
  }

  private static double[] sigmoid(double[] a) {
    double[] out = new double[a.length];
    for (int j = 0; j < a.length; j++) {
      out[j] = 1 / (1 + Math.exp(-a[j]));
    }
    return out;
  }

  private static double[][] put(ComputationGraph net, String key, INDArray value) {
    TestGraphs.set(net, "layer", key, value);
    return value.toDoubleMatrix();
  }
}
