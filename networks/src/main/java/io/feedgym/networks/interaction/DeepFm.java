package io.feedgym.networks.interaction;

import java.util.List;

/**
 * DeepFM (Guo et al. 2017, "DeepFM: A Factorization-Machine based Neural Network for CTR Prediction", Eq. 1):
 * ŷ = y_FM + y_DNN, where y_FM is the {@link FactorizationMachine} (first-order terms and the O(k·n) pairwise
 * term) and y_DNN a ReLU MLP over the same field vectors (the stack a⁽⁰⁾ = [e_1, …, e_m], Eq. 6): the FM and
 * deep parts share one set of embeddings, so no pre-training is needed. The sum is taken before the output
 * activation, as in the paper's sigmoid(y_FM + y_DNN).
 */
public final class DeepFm {
  private DeepFm() {}

  /** Adds DeepFM with deep layers of {@code hiddenSizes}; returns the logit vertex {@code name}. */
  public static Vertex logit(FieldEmbeddings fields, List<Integer> hiddenSizes, String name) {
    fields.spec().requireEmbeddingDim(fields.dim(), "deepfm");
    Vertex pairwise = FactorizationMachine.pairwise(fields);
    Vertex deep = DeepStack.logit(fields.graph(), "deep", fields.stack(), hiddenSizes);
    return Logits.sum(fields.graph(), name, fields.linear(), pairwise, deep);
  }
}
