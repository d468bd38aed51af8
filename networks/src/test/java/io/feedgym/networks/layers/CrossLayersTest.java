package io.feedgym.networks.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.feedgym.networks.TestGraphs;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

class CrossLayersTest {
  private static final int D = 5;
  private static final int LAYERS = 3;

  @Test
  void eachLayerIsX0TimesXlDotWPlusBPlusXl() {
    ComputationGraph net = TestGraphs.single(new CrossLayers(D, LAYERS), 2);
    double[][] w = new double[LAYERS][];
    double[][] b = new double[LAYERS][];
    for (int l = 0; l < LAYERS; l++) {
      INDArray wl = TestGraphs.uniform(10 + l, D, 1);
      INDArray bl = TestGraphs.uniform(20 + l, 1, D);
      TestGraphs.set(net, "layer", CrossLayers.weight(l), wl);
      TestGraphs.set(net, "layer", CrossLayers.bias(l), bl);
      w[l] = wl.toDoubleVector();
      b[l] = bl.toDoubleVector();
    }
    INDArray x0 = TestGraphs.uniform(3, 4, D);

    INDArray out = net.outputSingle(x0);

    for (int row = 0; row < 4; row++) {
      double[] first = x0.getRow(row).toDoubleVector();
      double[] x = first.clone();
      for (int l = 0; l < LAYERS; l++) {
        double xw = 0; // x_lᵀ w_l, a scalar
        for (int i = 0; i < D; i++) {
          xw += x[i] * w[l][i];
        }
        double[] next = new double[D];
        for (int i = 0; i < D; i++) {
          next[i] = first[i] * xw + b[l][i] + x[i];
        }
        x = next;
      }
      for (int i = 0; i < D; i++) {
        assertThat(out.getDouble(row, i)).isCloseTo(x[i], within(1e-10));
      }
    }
  }

  @Test
  void zeroWeightsAndBiasesLeaveTheInput() {
    ComputationGraph net = TestGraphs.single(new CrossLayers(D, 2), 2);
    net.params().assign(0);
    INDArray x0 = TestGraphs.uniform(4, 3, D);

    assertThat(net.outputSingle(x0).equalsWithEps(x0, 1e-12)).isTrue();
  }
}
