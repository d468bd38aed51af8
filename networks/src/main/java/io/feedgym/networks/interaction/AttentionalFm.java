package io.feedgym.networks.interaction;

import io.feedgym.networks.layers.AttentionalPooling;

/**
 * Attentional Factorization Machine (Xiao et al. 2017, "Attentional Factorization Machines: Learning the
 * Weight of Feature Interactions via Attention Networks", Eq. 5):
 * ŷ = w₀ + Σ_i w_i x_i + pᵀ Σ_{i&lt;j} a_ij (v_i ⊙ v_j) x_i x_j, where the attention net a_ij = softmax(hᵀ
 * ReLU(W (v_i ⊙ v_j) x_i x_j + b)) ({@link AttentionalPooling}) weighs each pairwise interaction of the field
 * stack instead of FM's uniform weights.
 */
public final class AttentionalFm {
  /** Name of the attention-pooling layer. */
  public static final String POOLING = "afm";

  private AttentionalFm() {}

  /** Adds AFM with attention size {@code attentionSize}; returns the logit vertex {@code name}. */
  public static Vertex logit(FieldEmbeddings fields, int attentionSize, String name) {
    fields.spec().requireEmbeddingDim(fields.dim(), "afm");
    Vertex stack = fields.stack();
    fields.graph().addLayer(POOLING, new AttentionalPooling(fields.vectors(), fields.dim(), attentionSize),
        stack.name());
    return Logits.sum(fields.graph(), name, fields.linear(), new Vertex(POOLING, 1));
  }
}
