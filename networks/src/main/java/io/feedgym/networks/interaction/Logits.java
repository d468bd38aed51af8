package io.feedgym.networks.interaction;

import io.feedgym.networks.layers.ScoreSum;
import java.util.Arrays;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration.GraphBuilder;
import org.deeplearning4j.nn.conf.graph.MergeVertex;

/** Adds the additive output of a block: a {@link ScoreSum} over its terms merged side by side. */
final class Logits {
  private Logits() {}

  /** Adds {@code name} = w₀ + the sum of every column of {@code terms}; returns it. */
  static Vertex sum(GraphBuilder graph, String name, Vertex... terms) {
    int width = Arrays.stream(terms).mapToInt(Vertex::width).sum();
    String input = terms[0].name();
    if (terms.length > 1) {
      input = name + "_terms";
      graph.addVertex(input, new MergeVertex(), Arrays.stream(terms).map(Vertex::name).toArray(String[]::new));
    }
    graph.addLayer(name, new ScoreSum(width), input);
    return new Vertex(name, 1);
  }
}
