package io.feedgym.networks.interaction;

import io.feedgym.networks.layers.PairwiseInteraction;

/**
 * The factorization machine (Rendle 2010, "Factorization Machines", Eq. 1):
 * ŷ = w₀ + Σ_i w_i x_i + Σ_{i&lt;j} ⟨v_i, v_j⟩ x_i x_j, the pairwise term in the O(k·n) form of Lemma 3.1,
 * ½ Σ_f [(Σ_i v_{i,f} x_i)² − Σ_i (v_{i,f} x_i)²] ({@link PairwiseInteraction}), over the field stack of
 * {@link FieldEmbeddings} (one vector per dense number and per categorical, multi-hot or sequence field; as in
 * field-level FMs, two members of one multi-hot field do not interact). Parameters: w₀, one weight per dense
 * number and category, and the k-dimensional vectors.
 */
public final class FactorizationMachine {
  /** Name of the pairwise term's vertex. */
  public static final String PAIRWISE = "fm";

  private FactorizationMachine() {}

  /** Adds the FM to the graph of {@code fields}; returns the logit vertex {@code name}. */
  public static Vertex logit(FieldEmbeddings fields, String name) {
    fields.spec().requireEmbeddingDim(fields.dim(), "fm");
    Vertex pairwise = pairwise(fields);
    return Logits.sum(fields.graph(), name, fields.linear(), pairwise);
  }

  /** Adds (once) the pairwise term over the field stack, [batch × 1]. */
  static Vertex pairwise(FieldEmbeddings fields) {
    Vertex stack = fields.stack();
    fields.graph().addLayer(PAIRWISE, new PairwiseInteraction(fields.vectors(), fields.dim()), stack.name());
    return new Vertex(PAIRWISE, 1);
  }
}
