package io.feedgym.networks.interaction;

import io.feedgym.networks.layers.CrossLayers;
import java.util.List;
import org.deeplearning4j.nn.conf.graph.MergeVertex;
import org.nd4j.linalg.activations.Activation;

/**
 * Deep &amp; Cross Network (Wang et al. 2017, "Deep &amp; Cross Network for Ad Click Predictions", Fig. 1):
 * x₀ = [embeddings, dense numbers] (Eq. 1) feeds a cross network of {@link CrossLayers}
 * (x_{l+1} = x₀ x_lᵀ w_l + b_l + x_l, Eq. 3) and beside it a ReLU MLP (Eq. 4); the combination layer is one
 * linear unit over [x_{L₁}, h_{L₂}] (Eq. 5, before the sigmoid).
 */
public final class DeepCross {
  /** Name of the cross network's layer. */
  public static final String CROSS = "cross";

  private DeepCross() {}

  /** Adds DCN with {@code crossLayers} cross layers and deep layers of {@code hiddenSizes}; returns the logit {@code name}. */
  public static Vertex logit(FieldEmbeddings fields, int crossLayers, List<Integer> hiddenSizes, String name) {
    var graph = fields.graph();
    Vertex x0 = fields.deep();
    graph.addLayer(CROSS, new CrossLayers(x0.width(), crossLayers), x0.name());
    Vertex deep = DeepStack.relu(graph, "deep", x0, hiddenSizes);
    graph.addVertex("combination", new MergeVertex(), CROSS, deep.name())
        .addLayer(name, DeepStack.dense(x0.width() + deep.width(), 1, Activation.IDENTITY), "combination");
    return new Vertex(name, 1);
  }
}
