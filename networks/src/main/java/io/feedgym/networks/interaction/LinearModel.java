package io.feedgym.networks.interaction;

/**
 * The linear model, logistic regression under a sigmoid output (McMahan et al. 2013, "Ad Click Prediction: a
 * View from the Trenches", Sec. 3: p = σ(w · x)): ŷ = w₀ + Σ_j w_j x_j over every dense number, category,
 * multi-hot member and cross of the spec (a sequence field has no first-order term and is left out). It is the wide part of Wide &amp; Deep and FM's first-order part with
 * no interaction, the baseline every interaction block must beat.
 */
public final class LinearModel {
  private LinearModel() {}

  /** Adds the first-order terms and their sum; returns the logit vertex {@code name}. */
  public static Vertex logit(FieldEmbeddings fields, String name) {
    return Logits.sum(fields.graph(), name, fields.linear());
  }
}
