package io.feedgym.networks;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedgym.networks.features.FeatureSpec;
import io.feedgym.networks.interaction.FieldEmbeddings.DenseVectors;
import io.feedgym.networks.interaction.TwoTower;
import io.feedgym.networks.sequence.SequenceEncoder;
import java.util.stream.Stream;
import org.deeplearning4j.gradientcheck.GradientCheckUtil;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Finite-difference gradient checks of every block in double precision with DL4J's {@link GradientCheckUtil}:
 * each parameter is moved by ±1e-6 and the loss difference compared with the backpropagated gradient.
 */
class GradientCheckTest {

  @BeforeAll
  static void doublePrecision() {
    // GradientCheckUtil refuses to run unless ND4J's default floating type is double.
    Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
  }

  @AfterAll
  static void floatPrecision() {
    Nd4j.setDefaultDataTypes(DataType.FLOAT, DataType.FLOAT);
  }

  @ParameterizedTest
  @EnumSource(Network.class)
  void everyNetworkPassesTheGradientCheck(Network network) {
    check(SmallSpec.spec(false), SmallSpec.config(network), 11);
  }

  @ParameterizedTest
  @EnumSource(value = Network.class, names = {"FM", "DEEPFM", "AFM"})
  void perFieldDenseVectorsPassTheGradientCheck(Network network) {
    check(SmallSpec.spec(false), SmallSpec.config(network).withDenseVectors(DenseVectors.PER_FIELD), 13);
  }

  static Stream<Arguments> variants() {
    return Stream.of(
        Arguments.of(Network.TWO_TOWER, TwoTower.Interaction.DOT, SequenceEncoder.GRU),
        Arguments.of(Network.TWO_TOWER, TwoTower.Interaction.MLP, SequenceEncoder.GRU),
        Arguments.of(Network.TWO_TOWER, TwoTower.Interaction.MLP, SequenceEncoder.SELF_ATTENTION),
        Arguments.of(Network.DEEPFM, TwoTower.Interaction.MLP, SequenceEncoder.SELF_ATTENTION));
  }

  @ParameterizedTest(name = "{0}, {1}, {2}")
  @MethodSource("variants")
  void sequenceEncodersAndTowerInteractionsPassTheGradientCheck(Network network, TwoTower.Interaction interaction,
      SequenceEncoder encoder) {
    NetworkConfig config = SmallSpec.config(network).withTowerInteraction(interaction).withSequenceEncoder(encoder);
    check(SmallSpec.spec(true), config, 12);
  }

  private static void check(FeatureSpec spec, NetworkConfig config, long seed) {
    ComputationGraph net = ScorerGraph.build(spec, config, ScoreOutput.value(), TestGraphs.doubleSettings(seed));
    INDArray[] inputs = SmallSpec.batch(spec, 5, seed).inputs(DataType.DOUBLE);
    INDArray labels = TestGraphs.uniform(seed, 5, 1);

    boolean passed = GradientCheckUtil.checkGradients(new GradientCheckUtil.GraphConfig()
        .net(net)
        .inputs(inputs)
        .labels(new INDArray[] {labels})
        .epsilon(1e-6)
        .maxRelError(1e-5)
        .minAbsoluteError(1e-9)
        .print(GradientCheckUtil.PrintMode.FAILURES_ONLY));

    assertThat(passed).as("gradient check of %s (%d parameters)", config, net.numParams()).isTrue();
  }
}
