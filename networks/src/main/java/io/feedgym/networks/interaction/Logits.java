package io.feedgym.networks.interaction;

import io.feedgym.networks.layers.ScoreSum;
import java.util.Arrays;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration.GraphBuilder;

/** Adds the additive output of a block: a {@link ScoreSum} of its terms. */
final class Logits {
  private Logits() {}

  /** Adds {@code name} = w₀ + the sum of every column of {@code terms}; returns it. */
  static Vertex sum(GraphBuilder graph, String name, Vertex... terms) {
    int[] widths = Arrays.stream(terms).mapToInt(Vertex::width).toArray();
    graph.addVertex(name, new ScoreSum(widths), Arrays.stream(terms).map(Vertex::name).toArray(String[]::new));
    return new Vertex(name, 1);
  }
}
