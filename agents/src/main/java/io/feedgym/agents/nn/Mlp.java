package io.feedgym.agents.nn;

import io.feedgym.networks.ScorerGraph;
import java.util.List;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.lossfunctions.ILossFunction;

/**
 * Builds fully connected DL4J networks: ReLU hidden layers and a linear output layer, weights drawn
 * from U(−1/√fan_in, 1/√fan_in) like PyTorch's {@code nn.Linear}, float precision, Adam.
 */
public final class Mlp {
  private Mlp() {}

  /** An initialized network {@code inputs → hidden… → outputs} trained with {@code loss} by Adam. */
  public static MultiLayerNetwork build(
      int inputs, List<Integer> hidden, int outputs, ILossFunction loss, double learningRate, long seed) {
    var layers = settings(learningRate, seed).list();
    int in = inputs;
    for (int width : hidden) {
      layers.layer(dense(in, width, Activation.RELU));
      in = width;
    }
    layers.layer(new OutputLayer.Builder(loss).nIn(in).nOut(outputs).activation(Activation.IDENTITY).build());
    MultiLayerNetwork net = new MultiLayerNetwork(layers.build());
    net.init();
    return net;
  }

  /** The settings every FeedGym network shares: seed, float precision, uniform fan-in init, Adam. */
  public static NeuralNetConfiguration.Builder settings(double learningRate, long seed) {
    return ScorerGraph.settings(learningRate, seed);
  }

  /** A fully connected layer {@code in → out}. */
  static DenseLayer dense(int in, int out, Activation activation) {
    return new DenseLayer.Builder().nIn(in).nOut(out).activation(activation).build();
  }
}
