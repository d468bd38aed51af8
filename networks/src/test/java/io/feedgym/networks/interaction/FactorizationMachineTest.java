package io.feedgym.networks.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.feedgym.networks.Network;
import io.feedgym.networks.NetworkConfig;
import io.feedgym.networks.ScoreOutput;
import io.feedgym.networks.ScorerGraph;
import io.feedgym.networks.TestGraphs;
import io.feedgym.networks.features.FeatureBatch;
import io.feedgym.networks.features.FeatureSpec;
import io.feedgym.networks.features.Field;
import io.feedgym.networks.features.Tower;
import io.feedgym.networks.layers.PairwiseSums;
import io.feedgym.networks.layers.ScoreSum;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class FactorizationMachineTest {
  private static final int K = 2;
  private static final Field.Dense PRICE = new Field.Dense("price", Tower.ITEM, 3);
  private static final Field.Categorical TOPIC = new Field.Categorical("topic", Tower.ITEM, 4, K);

  @Test
  void scoreIsBiasPlusFirstOrderTermsPlusEveryPairwiseInnerProduct() {
    FeatureSpec spec = FeatureSpec.of(PRICE, TOPIC);
    NetworkConfig config = NetworkConfig.defaults().withNetwork(Network.FM).withEmbeddingDim(K);
    ComputationGraph net = ScorerGraph.build(spec, config, ScoreOutput.value(), TestGraphs.doubleSettings(9));
    net.paramTable().get("logit_" + ScoreSum.BIAS).assign(0.25); // w₀
    double[] x = {0.5, -1.0, 2.0};
    FeatureBatch batch = new FeatureBatch(spec, 1);
    batch.dense(PRICE, 0, x);
    batch.category(TOPIC, 0, 3);

    double score = net.outputSingle(batch.inputs(DataType.DOUBLE)).getDouble(0, 0);

    INDArray v = net.getLayer("price_scaled").getParam("V"); // [3 × k]
    INDArray topicVectors = net.getLayer("topic_emb").getParam("W"); // [4 × k]
    INDArray w = net.getLayer("price_linear").getParam("W"); // [3 × 1]
    double expected = 0.25 + net.getLayer("topic_linear").getParam("W").getDouble(3, 0);
    double[] stack = new double[4 * K];
    for (int j = 0; j < 3; j++) {
      expected += w.getDouble(j, 0) * x[j];
      for (int f = 0; f < K; f++) {
        stack[j * K + f] = v.getDouble(j, f) * x[j];
      }
    }
    for (int f = 0; f < K; f++) {
      stack[3 * K + f] = topicVectors.getDouble(3, f);
    }
    expected += PairwiseSums.naive(stack, 4, K);
    assertThat(score).isCloseTo(expected, within(1e-10));
  }
}
