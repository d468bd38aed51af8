package io.feedgym.networks.interaction;

import java.util.List;

/**
 * Wide &amp; Deep (Cheng et al. 2016, "Wide &amp; Deep Learning for Recommender Systems", Eq. 3):
 * ŷ = w_wideᵀ [x, φ(x)] + w_deepᵀ a^{(l_f)} + b. The wide part is linear, memorizing raw features x (one
 * weight per dense number and per category) and the cross-product transformations φ(x) of the spec's crosses;
 * the deep part is a ReLU MLP over the embeddings of the categorical fields and the raw dense numbers. Both
 * are summed before the output activation and trained jointly.
 */
public final class WideAndDeep {
  private WideAndDeep() {}

  /** Adds Wide &amp; Deep with deep layers of {@code hiddenSizes}; returns the logit vertex {@code name}. */
  public static Vertex logit(FieldEmbeddings fields, List<Integer> hiddenSizes, String name) {
    Vertex deep = DeepStack.logit(fields.graph(), "deep", fields.deep(), hiddenSizes);
    return Logits.sum(fields.graph(), name, fields.linear(), deep);
  }
}
