package io.feedgym.agents.slateq;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A copy of SlateQ's item network whose parameters the caller sets, ranking a page's candidates: DBGD's
 * explorer network Q̃ (Zheng et al. 2018, Sec. 4.5). Scores are v(s, i) · (Q̄(s, i) − Q̄(s, ⊥)), the order of
 * top-k slate selection. Not thread-safe.
 *
 * @param <O> the observation type
 */
public final class ExplorerNetwork<O> {
  private final ComputationGraph net;
  private final SlateEncoder<O> encoder;
  private final PageScorer scorer;

  ExplorerNetwork(ComputationGraph net, SlateEncoder<O> encoder, PageScorer scorer) {
    this.net = net;
    this.encoder = encoder;
    this.scorer = scorer;
  }

  /** Sets the network's parameters to a copy of {@code parameters}, which must have the network's length. */
  public void setParameters(INDArray parameters) {
    if (parameters.length() != net.numParams()) {
      throw new IllegalArgumentException("parameters must have the network's " + net.numParams() + " values, found "
          + parameters.length());
    }
    net.params().assign(parameters);
    scorer.sync();
  }

  /** Every candidate's ranking score, −∞ for unavailable candidates. */
  public double[] scores(O page) {
    return rankingScores(encoder, page, scorer.itemValues(encoder, page));
  }

  /** v(s, i) · (q_i − q_⊥) per candidate from the item values {@code q} (⊥ last), −∞ where the page masks it. */
  static <O> double[] rankingScores(SlateEncoder<O> encoder, O page, double[] q) {
    double[] v = encoder.choiceScores(page);
    boolean[] mask = encoder.mask(page);
    double nullValue = q[encoder.candidates()];
    double[] out = new double[encoder.candidates()];
    for (int c = 0; c < out.length; c++) {
      out[c] = mask[c] ? v[c] * (q[c] - nullValue) : Double.NEGATIVE_INFINITY;
    }
    return out;
  }
}
