package io.feedgym.networks.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.feedgym.networks.TestGraphs;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

class AttentionalPoolingTest {
  private static final int N = 4;
  private static final int K = 3;
  private static final int T = 5;

  @Test
  void outputIsPDotTheSoftmaxWeightedSumOfPairProducts() {
    ComputationGraph net = TestGraphs.single(new AttentionalPooling(N, K, T), 3);
    double[][] w = matrix(TestGraphs.uniform(1, K, T), K, T);
    double[] b = TestGraphs.uniform(2, 1, T).toDoubleVector();
    double[] h = TestGraphs.uniform(3, T, 1).toDoubleVector();
    double[] p = TestGraphs.uniform(4, K, 1).toDoubleVector();
    TestGraphs.set(net, "layer", AttentionalPooling.W, TestGraphs.uniform(1, K, T));
    TestGraphs.set(net, "layer", AttentionalPooling.B, TestGraphs.uniform(2, 1, T));
    TestGraphs.set(net, "layer", AttentionalPooling.H, TestGraphs.uniform(3, T, 1));
    TestGraphs.set(net, "layer", AttentionalPooling.P, TestGraphs.uniform(4, K, 1));
    INDArray e = TestGraphs.uniform(5, 3, N * K);

    INDArray out = net.outputSingle(e);

    for (int row = 0; row < 3; row++) {
      double[] v = e.getRow(row).toDoubleVector();
      int pairs = N * (N - 1) / 2;
      double[][] products = new double[pairs][K];
      double[] logits = new double[pairs];
      int q = 0;
      for (int i = 0; i < N; i++) {
        for (int j = i + 1; j < N; j++) {
          for (int f = 0; f < K; f++) {
            products[q][f] = v[i * K + f] * v[j * K + f];
          }
          for (int a = 0; a < T; a++) {
            double hidden = b[a];
            for (int f = 0; f < K; f++) {
              hidden += products[q][f] * w[f][a];
            }
            logits[q] += h[a] * Math.max(0, hidden);
          }
          q++;
        }
      }
      double[] weights = softmax(logits);
      double expected = 0;
      for (q = 0; q < pairs; q++) {
        for (int f = 0; f < K; f++) {
          expected += p[f] * weights[q] * products[q][f];
        }
      }
      assertThat(out.getDouble(row, 0)).isCloseTo(expected, within(1e-10));
    }
  }

  @Test
  void zeroAttentionVectorWeighsEveryPairEqually() {
    ComputationGraph net = TestGraphs.single(new AttentionalPooling(N, K, T), 3);
    net.getLayer("layer").getParam(AttentionalPooling.H).assign(0);
    net.getLayer("layer").getParam(AttentionalPooling.P).assign(1);
    INDArray e = TestGraphs.uniform(6, 2, N * K);

    INDArray out = net.outputSingle(e);

    for (int row = 0; row < 2; row++) {
      double mean = PairwiseSums.naive(e.getRow(row).toDoubleVector(), N, K) / (N * (N - 1) / 2.0);
      assertThat(out.getDouble(row, 0)).isCloseTo(mean, within(1e-10));
    }
  }

  private static double[] softmax(double[] logits) {
    double max = java.util.Arrays.stream(logits).max().orElseThrow();
    double[] out = new double[logits.length];
    double sum = 0;
    for (int i = 0; i < logits.length; i++) {
      out[i] = Math.exp(logits[i] - max);
      sum += out[i];
    }
    for (int i = 0; i < logits.length; i++) {
      out[i] /= sum;
    }
    return out;
  }

  private static double[][] matrix(INDArray a, int rows, int cols) {
    double[][] out = new double[rows][cols];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        out[r][c] = a.getDouble(r, c);
      }
    }
    return out;
  }
}
