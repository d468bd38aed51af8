package io.feedgym.networks.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.feedgym.networks.TestGraphs;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

class SessionAttentionTest {
  private static final int D = 3;
  private static final int L = 4;

  @Test
  void outputIsTheSoftmaxWeightedSumOfValuesForTheLastQuery() {
    ComputationGraph net = TestGraphs.single(new SessionAttention(D, L), 5);
    double[][] p = put(net, SessionAttention.P, TestGraphs.uniform(1, D, L));
    double[][] wq = put(net, SessionAttention.WQ, TestGraphs.uniform(2, D, D));
    double[][] wk = put(net, SessionAttention.WK, TestGraphs.uniform(3, D, D));
    double[][] wv = put(net, SessionAttention.WV, TestGraphs.uniform(4, D, D));
    INDArray x = TestGraphs.uniform(5, 2, D, L);

    INDArray out = net.outputSingle(x);

    for (int row = 0; row < 2; row++) {
      double[][] positioned = new double[L][D];
      for (int t = 0; t < L; t++) {
        for (int i = 0; i < D; i++) {
          positioned[t][i] = x.getDouble(row, i, t) + p[i][t];
        }
      }
      double[] q = times(positioned[L - 1], wq);
      double[] scores = new double[L];
      double max = Double.NEGATIVE_INFINITY;
      for (int t = 0; t < L; t++) {
        double[] k = times(positioned[t], wk);
        for (int i = 0; i < D; i++) {
          scores[t] += q[i] * k[i] / Math.sqrt(D);
        }
        max = Math.max(max, scores[t]);
      }
      double total = 0;
      for (int t = 0; t < L; t++) {
        scores[t] = Math.exp(scores[t] - max);
        total += scores[t];
      }
      double[] expected = new double[D];
      for (int t = 0; t < L; t++) {
        double[] v = times(positioned[t], wv);
        for (int i = 0; i < D; i++) {
          expected[i] += scores[t] / total * v[i];
        }
      }
      for (int i = 0; i < D; i++) {
        assertThat(out.getDouble(row, i)).isCloseTo(expected[i], within(1e-10));
      }
    }
  }

  private static double[] times(double[] x, double[][] w) {
    double[] out = new double[w[0].length];
    for (int j = 0; j < out.length; j++) {
      for (int i = 0; i < x.length; i++) {
        out[j] += x[i] * w[i][j];
      }
    }
    return out;
  }

  private static double[][] put(ComputationGraph net, String key, INDArray value) {
    TestGraphs.set(net, "layer", key, value);
    return value.toDoubleMatrix();
  }
}
