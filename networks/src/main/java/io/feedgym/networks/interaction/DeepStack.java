package io.feedgym.networks.interaction;

import java.util.List;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration.GraphBuilder;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.nd4j.linalg.activations.Activation;

/** The deep part of the blocks: fully connected ReLU layers, optionally ending in one linear unit (a logit). */
public final class DeepStack {
  private DeepStack() {}

  /** Adds ReLU layers {@code prefix_0…} of {@code widths} over {@code input}; returns the last (or the input). */
  public static Vertex relu(GraphBuilder graph, String prefix, Vertex input, List<Integer> widths) {
    Vertex previous = input;
    for (int l = 0; l < widths.size(); l++) {
      String name = prefix + "_" + l;
      graph.addLayer(name, dense(previous.width(), widths.get(l), Activation.RELU), previous.name());
      previous = new Vertex(name, widths.get(l));
    }
    return previous;
  }

  /** Adds ReLU layers over {@code input}, then the linear unit {@code prefix_out}; returns the unit. */
  public static Vertex logit(GraphBuilder graph, String prefix, Vertex input, List<Integer> widths) {
    Vertex last = relu(graph, prefix, input, widths);
    String name = prefix + "_out";
    graph.addLayer(name, dense(last.width(), 1, Activation.IDENTITY), last.name());
    return new Vertex(name, 1);
  }

  static DenseLayer dense(int in, int out, Activation activation) {
    return new DenseLayer.Builder().nIn(in).nOut(out).activation(activation).build();
  }
}
