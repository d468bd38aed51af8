package io.feedgym.agents.offline;

/**
 * The item-wise TD loss of the offline Q-learners with CQL(H)'s conservative penalty (Kumar, Zhou, Tucker,
 * Levine 2020, "Conservative Q-Learning for Offline Reinforcement Learning", NeurIPS, Eq. 4), over the T rows
 * that carry a target (w &gt; 0) and the P pages of a minibatch:
 *
 * <pre>  L = (1/T) Σ_r w_r (Q̄_r − y_r)² + α (1/P) Σ_pages [ log Σ_{j available} exp Q̄(s, j) − (1/K) Σ_{k<K} Q̄(s, a_k) ]</pre>
 *
 * The penalty is Eq. 4's log-sum-exp over actions minus the value of the logged action, taken item-wise as
 * SlateQ decomposes the slate: the log-sum-exp runs over the page's available candidates (not ⊥, which no
 * policy chooses) and the logged action's value is the mean item value of the logged slate a_0..a_{K−1}.
 * With α = 0 it is the plain TD loss of fitted Q (the paper's ½ before the squared error is absorbed into α).
 * Rows and labels as {@link PageLabels}. Immutable apart from the bean setters DL4J needs.
 */
public final class ConservativeTdLoss extends PageLoss {
  private static final long serialVersionUID = 1L;

  private double alpha;

  /** For deserialization of saved networks. */
  public ConservativeTdLoss() {
    this(1, 0);
  }

  /** The loss of pages of {@code pageRows} rows with penalty weight {@code alpha} >= 0. */
  public ConservativeTdLoss(int pageRows, double alpha) {
    super(pageRows);
    if (!(alpha >= 0) || !Double.isFinite(alpha)) {
      throw new IllegalArgumentException("cql_alpha must be finite and >= 0, found " + alpha);
    }
    this.alpha = alpha;
  }

  public double getAlpha() {
    return alpha;
  }

  public void setAlpha(double alpha) {
    this.alpha = alpha;
  }

  @Override
  Value value(PageLabels labels, double[] q) {
    double[] gradient = new double[q.length];
    double trained = 0;
    for (int r = 0; r < q.length; r++) {
      trained += labels.get(r, PageLabels.WEIGHT) > 0 ? 1 : 0;
    }
    if (trained == 0) {
      throw new IllegalArgumentException("a TD minibatch needs at least one row with a target (weight > 0)");
    }
    double loss = 0;
    for (int r = 0; r < q.length; r++) {
      double w = labels.get(r, PageLabels.WEIGHT);
      double error = q[r] - labels.get(r, PageLabels.TARGET);
      loss += w * error * error / trained;
      gradient[r] += 2 * w * error / trained;
    }
    if (alpha > 0) {
      boolean[] available = new boolean[q.length];
      for (int r = 0; r < q.length; r++) {
        available[r] = labels.available(r);
      }
      double[] softmax = new double[q.length];
      for (int p = 0; p < labels.pages; p++) {
        int first = p * labels.pageRows;
        int end = first + labels.pageRows;
        int[] slate = labels.slate(p);
        if (slate.length == 0) {
          throw new IllegalArgumentException("page " + p + " has no logged slate for the CQL penalty");
        }
        double penalty = PageLabels.logSumExp(q, available, first, end, softmax);
        for (int r = first; r < end; r++) {
          gradient[r] += alpha * softmax[r] / labels.pages;
        }
        for (int shown : slate) {
          penalty -= q[shown] / slate.length;
          gradient[shown] -= alpha / slate.length / labels.pages;
        }
        loss += alpha * penalty / labels.pages;
      }
    }
    return new Value(loss, gradient);
  }

  @Override
  public String name() {
    return "conservative_td";
  }

  @Override
  public String toString() {
    return "ConservativeTdLoss(pageRows=" + pageRows + ", alpha=" + alpha + ")";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ConservativeTdLoss other && other.pageRows == pageRows && other.alpha == alpha;
  }

  @Override
  public int hashCode() {
    return 31 * pageRows + Double.hashCode(alpha);
  }
}
