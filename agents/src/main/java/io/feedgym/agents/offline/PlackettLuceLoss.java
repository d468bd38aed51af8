package io.feedgym.agents.offline;

/**
 * Behaviour cloning's loss: the negative Plackett–Luce log-likelihood of each logged slate under the item
 * scores f(s, ·) (Plackett 1975; Luce 1959), the slate being drawn position by position without replacement
 * from a softmax over the available candidates not yet shown:
 *
 * <pre>  L = (1/P) Σ_pages Σ_{k<K} [ log Σ_{j∈R_k} exp f(s, j) − f(s, a_k) ],  R_k = available \ {a_0, …, a_{k−1}}</pre>
 *
 * and dL/df_j = (1/P) Σ_k (softmax_{R_k}(f)_j − 1{j = a_k}). The null item's row is never available and gets no
 * gradient. Rows and labels as {@link PageLabels}. Immutable apart from the bean setter DL4J needs.
 */
public final class PlackettLuceLoss extends PageLoss {
  private static final long serialVersionUID = 1L;

  /** For deserialization of saved networks. */
  public PlackettLuceLoss() {
    this(1);
  }

  /** The loss of pages of {@code pageRows} rows. */
  public PlackettLuceLoss(int pageRows) {
    super(pageRows);
  }

  @Override
  Value value(PageLabels labels, double[] f) {
    double[] gradient = new double[f.length];
    double[] softmax = new double[f.length];
    boolean[] remaining = new boolean[f.length];
    double loss = 0;
    for (int p = 0; p < labels.pages; p++) {
      int first = p * labels.pageRows;
      int end = first + labels.pageRows;
      for (int r = first; r < end; r++) {
        remaining[r] = labels.available(r);
      }
      for (int shown : labels.slate(p)) {
        if (!remaining[shown]) {
          throw new IllegalArgumentException("page " + p + ": the logged item at row " + shown
              + " is not an available candidate");
        }
        double logNormalizer = PageLabels.logSumExp(f, remaining, first, end, softmax);
        loss += (logNormalizer - f[shown]) / labels.pages;
        for (int r = first; r < end; r++) {
          gradient[r] += softmax[r] / labels.pages;
        }
        gradient[shown] -= 1.0 / labels.pages;
        remaining[shown] = false;
      }
    }
    return new Value(loss, gradient);
  }

  @Override
  public String name() {
    return "plackett_luce_nll";
  }

  @Override
  public String toString() {
    return "PlackettLuceLoss(pageRows=" + pageRows + ")";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PlackettLuceLoss other && other.pageRows == pageRows;
  }

  @Override
  public int hashCode() {
    return pageRows;
  }
}
