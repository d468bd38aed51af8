package io.feedgym.networks;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.LossLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.NoOp;
import org.nd4j.linalg.lossfunctions.impl.LossMSE;

/** Graphs and arrays for the tests: double precision, no updater (as gradient checks need), fixed seeds. */
public final class TestGraphs {
  private TestGraphs() {}

  /** Double precision, no updater, uniform fan-in init, seed {@code seed}. */
  public static NeuralNetConfiguration.Builder doubleSettings(long seed) {
    return new NeuralNetConfiguration.Builder()
        .seed(seed)
        .dataType(DataType.DOUBLE)
        .weightInit(WeightInit.UNIFORM)
        .updater(new NoOp());
  }

  /** A graph {@code x → layer "layer" → identity MSE output} in double precision. */
  public static ComputationGraph single(Layer layer, long seed) {
    var graph = doubleSettings(seed).graphBuilder()
        .addInputs("x")
        .addLayer("layer", layer, "x")
        .addLayer("output", new LossLayer.Builder(new LossMSE()).activation(Activation.IDENTITY).build(), "layer")
        .setOutputs("output");
    ComputationGraph net = new ComputationGraph(graph.build());
    net.init();
    return net;
  }

  /** Uniform draws in [−1, 1) of {@code shape}, double precision, from a generator seeded with {@code seed}. */
  public static INDArray uniform(long seed, long... shape) {
    Nd4j.getRandom().setSeed(seed);
    return Nd4j.rand(DataType.DOUBLE, shape).muli(2).subi(1);
  }

  /** Sets parameter {@code key} of layer {@code layer} of {@code net}. */
  public static void set(ComputationGraph net, String layer, String key, INDArray value) {
    net.getLayer(layer).getParam(key).assign(value);
  }
}
