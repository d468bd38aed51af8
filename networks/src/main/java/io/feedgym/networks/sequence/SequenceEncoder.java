package io.feedgym.networks.sequence;

import io.feedgym.networks.features.Field;
import io.feedgym.networks.layers.GruLayer;
import io.feedgym.networks.layers.SessionAttention;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration.GraphBuilder;
import org.deeplearning4j.nn.conf.layers.EmbeddingSequenceLayer;

/**
 * How a {@link Field.Sequence} of recent items becomes one state vector of its {@code embeddingDim}: both
 * embed the items ({@code <field>_items}, an {@code EmbeddingSequenceLayer} with a row per category plus the
 * padding row 0), then summarize the L vectors.
 */
public enum SequenceEncoder {
  /** GRU4Rec (Hidasi et al. 2016): a {@link GruLayer} of embedding_dim units; the state is its last hidden state. */
  GRU {
    @Override
    String summarize(GraphBuilder graph, Field.Sequence field, String items) {
      String name = field.name() + "_gru";
      graph.addLayer(name, new GruLayer(field.embeddingDim(), field.embeddingDim(), field.length()), items);
      return name;
    }
  },
  /**
   * Self-attention over the session after SASRec (Kang &amp; McAuley 2018): a {@link SessionAttention} layer
   * (learned positions, scaled dot-product attention, Vaswani et al. 2017, Eq. 1) read at the most recent
   * position.
   */
  SELF_ATTENTION {
    @Override
    String summarize(GraphBuilder graph, Field.Sequence field, String items) {
      String name = field.name() + "_attention";
      graph.addLayer(name, new SessionAttention(field.embeddingDim(), field.length()), items);
      return name;
    }
  };

  /**
   * Adds this encoder for {@code field} over the graph input named after it, [batch × L] of index + 1 (0 =
   * padding); returns the name of the vertex that outputs the state vector [batch × embedding_dim].
   */
  public String add(GraphBuilder graph, Field.Sequence field) {
    String items = field.name() + "_items";
    graph.addLayer(items, new EmbeddingSequenceLayer.Builder().nIn(field.vocabulary() + 1L)
        .nOut(field.embeddingDim()).inputLength(field.length()).hasBias(false).build(), field.name());
    return summarize(graph, field, items);
  }

  abstract String summarize(GraphBuilder graph, Field.Sequence field, String items);
}
