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
  private static final FeatureSpec SPEC = FeatureSpec.of(PRICE, TOPIC);
  private static final double[] X = {0.5, -1.0, 2.0};

  private static ComputationGraph fm(FieldEmbeddings.DenseVectors denseVectors, long seed) {
    NetworkConfig config = NetworkConfig.defaults().withNetwork(Network.FM).withEmbeddingDim(K)
        .withDenseVectors(denseVectors);
    return ScorerGraph.build(SPEC, config, ScoreOutput.value(), TestGraphs.doubleSettings(seed));
  }

  /** The FM's score of the row (prices {@link #X}, topic {@code topic}). */
  private static double score(ComputationGraph net, int topic) {
    FeatureBatch batch = new FeatureBatch(SPEC, 1);
    batch.dense(PRICE, 0, X);
    batch.category(TOPIC, 0, topic);
    return net.outputSingle(batch.inputs(DataType.DOUBLE)).getDouble(0, 0);
  }

  @Test
  void scoreIsBiasPlusFirstOrderTermsPlusEveryPairwiseInnerProduct() {
    ComputationGraph net = fm(FieldEmbeddings.DenseVectors.PER_NUMBER, 9);
    net.paramTable().get("logit_" + ScoreSum.BIAS).assign(0.25); // w₀
    double[] x = X;

    double score = score(net, 3);

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

  @Test
  void perFieldDenseVectorsProjectTheFieldIntoOneVector() {
    ComputationGraph net = fm(FieldEmbeddings.DenseVectors.PER_FIELD, 10);
    double[] x = X;

    double score = score(net, 1);

    INDArray projection = net.getLayer("price_projected").getParam("W"); // [3 × k]
    INDArray topicVectors = net.getLayer("topic_emb").getParam("W");
    INDArray w = net.getLayer("price_linear").getParam("W");
    double expected = net.paramTable().get("logit_" + ScoreSum.BIAS).getDouble(0)
        + net.getLayer("topic_linear").getParam("W").getDouble(1, 0);
    for (int j = 0; j < 3; j++) {
      expected += w.getDouble(j, 0) * x[j];
    }
    // The only pair: ⟨W_priceᵀ x, v_topic⟩; the three prices no longer interact with each other.
    for (int f = 0; f < K; f++) {
      double projected = 0;
      for (int j = 0; j < 3; j++) {
        projected += x[j] * projection.getDouble(j, f);
      }
      expected += projected * topicVectors.getDouble(1, f);
    }
    assertThat(net.numParams()).isEqualTo(1 + 3 + 4 + 3 * K + 4 * K); // w₀, first order, W_price, topic vectors
    assertThat(score).isCloseTo(expected, within(1e-10));
  }
}
