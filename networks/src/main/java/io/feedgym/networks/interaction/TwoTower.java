package io.feedgym.networks.interaction;

import io.feedgym.networks.features.Tower;
import java.util.List;
import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;
import org.deeplearning4j.nn.conf.graph.MergeVertex;
import org.nd4j.linalg.activations.Activation;

/**
 * The two-tower scorer, the simplest option: a state tower (one ReLU layer of {@code towerSize} over the state
 * fields: user, context, session encoder) and an item tower (the same over the item fields) joined either by
 * a dot product, ŷ = ⟨e_s, e_i⟩ + b (the YouTube DNN's candidate scorer, Covington et al. 2016, Sec. 3), or by
 * an MLP over [e_s, e_i, e_s ⊙ e_i] (DRN's Q-network, Zheng et al. 2018, Sec. 4.2, as FeedGym's
 * {@code ItemQNetwork} builds it).
 */
public final class TwoTower {
  /** How the towers' outputs are joined. */
  public enum Interaction {
    /** ŷ = ⟨e_s, e_i⟩ + b. */
    DOT,
    /** ŷ = MLP([e_s, e_i, e_s ⊙ e_i]). */
    MLP
  }

  private TwoTower() {}

  /** Adds the two towers and their {@code interaction}; returns the logit vertex {@code name}. */
  public static Vertex logit(FieldEmbeddings fields, int towerSize, Interaction interaction,
      List<Integer> hiddenSizes, String name) {
    var graph = fields.graph();
    Vertex state = DeepStack.relu(graph, "state_tower", fields.deep(Tower.STATE), List.of(towerSize));
    Vertex item = DeepStack.relu(graph, "item_tower", fields.deep(Tower.ITEM), List.of(towerSize));
    graph.addVertex("product", new ElementWiseVertex(ElementWiseVertex.Op.Product), state.name(), item.name());
    if (interaction == Interaction.DOT) {
      return Logits.sum(graph, name, new Vertex("product", towerSize));
    }
    graph.addVertex("interaction", new MergeVertex(), state.name(), item.name(), "product");
    Vertex hidden = DeepStack.relu(graph, "hidden", new Vertex("interaction", 3 * towerSize), hiddenSizes);
    graph.addLayer(name, DeepStack.dense(hidden.width(), 1, Activation.IDENTITY), hidden.name());
    return new Vertex(name, 1);
  }
}
