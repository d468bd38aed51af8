package io.feedgym.networks;

import io.feedgym.networks.features.FeatureSpec;
import io.feedgym.networks.features.Field;
import io.feedgym.networks.interaction.FieldEmbeddings;
import io.feedgym.networks.interaction.Vertex;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.LossLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Adam;

/**
 * Builds a scorer: a DL4J {@link ComputationGraph} with one input per input of a {@link FeatureSpec} (rows are
 * (state, item) pairs, see {@code FeatureBatch}) and one scalar output per row — the chosen {@link Network}'s
 * logit {@value #LOGIT} under the output layer {@value #OUTPUT}. Every scorer takes the same inputs; the
 * crosses' inputs are read only by blocks with a wide (first-order) part and ignored by the others.
 */
public final class ScorerGraph {
  /** Name of the logit vertex, [batch × 1]. */
  public static final String LOGIT = "logit";
  /** Name of the output (loss) layer. */
  public static final String OUTPUT = "output";

  private ScorerGraph() {}

  /** The shared settings of FeedGym networks: seed, float precision, U(−1/√fan_in, 1/√fan_in) weights, Adam. */
  public static NeuralNetConfiguration.Builder settings(double learningRate, long seed) {
    return new NeuralNetConfiguration.Builder()
        .seed(seed)
        .dataType(DataType.FLOAT)
        .weightInit(WeightInit.UNIFORM)
        .updater(new Adam(learningRate));
  }

  /** An initialized scorer of {@code spec} with the {@link #settings} of {@code learningRate} and {@code seed}. */
  public static ComputationGraph build(FeatureSpec spec, NetworkConfig config, ScoreOutput output,
      double learningRate, long seed) {
    return build(spec, config, output, settings(learningRate, seed));
  }

  /** An initialized scorer of {@code spec} on {@code settings} (seed, data type, updater, weight init). */
  public static ComputationGraph build(FeatureSpec spec, NetworkConfig config, ScoreOutput output,
      NeuralNetConfiguration.Builder settings) {
    var graph = settings.graphBuilder();
    FieldEmbeddings fields = new FieldEmbeddings(graph, spec, config.embeddingDim(), config.sequenceEncoder(),
        config.denseVectors());
    Vertex logit = config.network().logit(fields, config, LOGIT);
    // Only blocks with first-order terms read the crosses; the others leave those inputs unconnected. The linear
    // model has no term for a sequence field, which it leaves unconnected.
    boolean sequences = spec.fields().stream().anyMatch(f -> f instanceof Field.Sequence);
    graph.allowDisconnected((!fields.hasLinear() && !spec.crosses().isEmpty())
        || (config.network() == Network.LINEAR && sequences));
    graph.addLayer(OUTPUT, new LossLayer.Builder(output.loss()).activation(output.activation()).build(), logit.name())
        .setOutputs(OUTPUT);
    ComputationGraph net = new ComputationGraph(graph.build());
    net.init();
    return net;
  }
}
