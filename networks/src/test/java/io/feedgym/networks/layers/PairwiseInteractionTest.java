package io.feedgym.networks.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.feedgym.networks.TestGraphs;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.ndarray.INDArray;

class PairwiseInteractionTest {

  @ParameterizedTest(name = "n = {0}, k = {1}")
  @CsvSource({"2, 1", "2, 2", "5, 1", "5, 4", "30, 8", "200, 3"})
  void fastFormEqualsTheNaivePairwiseSum(int n, int k) {
    INDArray e = TestGraphs.uniform(n * 31L + k, 6, (long) n * k);
    ComputationGraph net = TestGraphs.single(new PairwiseInteraction(n, k), 1);

    INDArray out = net.outputSingle(e);

    assertThat(out.shape()).containsExactly(6, 1);
    for (int row = 0; row < 6; row++) {
      double[] vectors = e.getRow(row).toDoubleVector();
      double naive = PairwiseSums.naive(vectors, n, k);
      assertThat(out.getDouble(row, 0)).isCloseTo(naive, within(1e-5 * Math.max(1, Math.abs(naive))));
      assertThat(PairwiseSums.fast(vectors, n, k)).isCloseTo(naive, within(1e-9 * Math.max(1, Math.abs(naive))));
    }
  }

  @ParameterizedTest(name = "n = {0}")
  @CsvSource({"2", "3"})
  void handComputedPairs(int n) {
    // e_0 = (1, 2), e_1 = (3, -1), e_2 = (0.5, 4): <e0,e1> = 1, <e0,e2> = 8.5, <e1,e2> = -2.5.
    double[] all = {1, 2, 3, -1, 0.5, 4};
    double[] e = java.util.Arrays.copyOf(all, 2 * n);
    double expected = n == 2 ? 1.0 : 1.0 + 8.5 - 2.5;

    assertThat(PairwiseSums.fast(e, n, 2)).isCloseTo(expected, within(1e-12));
    assertThat(PairwiseSums.naive(e, n, 2)).isCloseTo(expected, within(1e-12));
  }
}
