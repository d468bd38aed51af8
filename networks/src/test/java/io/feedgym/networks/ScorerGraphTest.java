package io.feedgym.networks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feed.FeedObservationSpace;
import io.feedgym.networks.features.FeatureSpec;
import io.feedgym.networks.features.FeedFeatures;
import io.feedgym.networks.features.Field;
import io.feedgym.networks.features.Tower;
import io.feedgym.networks.sequence.RecentItems;
import io.feedgym.networks.sequence.SequenceEncoder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.SplittableRandom;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class ScorerGraphTest {
  private static final FeedObservationSpace SPACE = new FeedObservationSpace(12, 27, 100, 15, 20, 5000, 10);

  @ParameterizedTest
  @EnumSource(Network.class)
  void scoresEveryCandidateOfAFeedPage(Network network) {
    FeedFeatures features = new FeedFeatures(SPACE, 4, 8, 5);
    ComputationGraph net = ScorerGraph.build(features.spec(), NetworkConfig.defaults().withNetwork(network),
        ScoreOutput.clickProbability(), 1e-3, 7);
    FeedObservation page = SPACE.sample(new SplittableRandom(1));

    INDArray scores = net.outputSingle(features.encodePage(page, new RecentItems(5)).inputs(DataType.FLOAT));

    assertThat(scores.shape()).containsExactly(100, 1);
    assertThat(scores.minNumber().doubleValue()).isGreaterThan(0.0);
    assertThat(scores.maxNumber().doubleValue()).isLessThan(1.0);
  }

  @ParameterizedTest
  @EnumSource(Network.class)
  void sameSeedSameParametersAndARoundTripKeepsTheOutputs(Network network) throws IOException {
    FeatureSpec spec = SmallSpec.spec(true);
    NetworkConfig config = SmallSpec.config(network).withSequenceEncoder(SequenceEncoder.SELF_ATTENTION);
    ComputationGraph first = ScorerGraph.build(spec, config, ScoreOutput.value(), 1e-3, 5);
    ComputationGraph second = ScorerGraph.build(spec, config, ScoreOutput.value(), 1e-3, 5);
    ComputationGraph other = ScorerGraph.build(spec, config, ScoreOutput.value(), 1e-3, 6);

    assertThat(first.params()).isEqualTo(second.params());
    assertThat(first.params()).isNotEqualTo(other.params());

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ModelSerializer.writeModel(first, bytes, true);
    ComputationGraph restored = ModelSerializer.restoreComputationGraph(new ByteArrayInputStream(bytes.toByteArray()));
    INDArray[] inputs = SmallSpec.batch(spec, 4, 3).inputs(DataType.FLOAT);
    assertThat(restored.outputSingle(inputs)).isEqualTo(first.outputSingle(inputs));
  }

  @ParameterizedTest
  @EnumSource(Network.class)
  void oneAdamStepLowersTheLossOnItsBatch(Network network) {
    FeatureSpec spec = SmallSpec.spec(true);
    ComputationGraph net = ScorerGraph.build(spec, SmallSpec.config(network), ScoreOutput.value(), 1e-2, 4);
    INDArray[] inputs = SmallSpec.batch(spec, 8, 4).inputs(DataType.FLOAT);
    INDArray[] labels = {TestGraphs.uniform(4, 8, 1).castTo(DataType.FLOAT)};
    INDArray before = net.params().dup();
    double loss = net.score(new org.nd4j.linalg.dataset.MultiDataSet(inputs, labels));

    for (int step = 0; step < 5; step++) {
      net.fit(inputs, labels);
    }

    assertThat(net.params()).isNotEqualTo(before);
    assertThat(net.score(new org.nd4j.linalg.dataset.MultiDataSet(inputs, labels))).isLessThan(loss);
  }

  @ParameterizedTest
  @EnumSource(value = Network.class, names = {"FM", "DEEPFM", "AFM"})
  void pairwiseNetworksNeedOneEmbeddingDimension(Network network) {
    FeatureSpec spec = FeatureSpec.of(new Field.Dense("x", Tower.ITEM, 2), new Field.Categorical("c", Tower.ITEM, 3, 5));

    assertThatThrownBy(() -> ScorerGraph.build(spec, NetworkConfig.defaults().withNetwork(network),
        ScoreOutput.value(), 1e-3, 1))
        .hasMessageContaining("every field needs embedding_dim = 8").hasMessageContaining("field c has 5");
  }
}
