package io.feedgym.agents.slateq;

import io.feedgym.env.feed.FeedObservation;

/**
 * SlateQ's user choice model (Ie et al. 2019, Sec. "SlateQ: Slate Decomposition" and the conditional logit
 * of its simulations): from a slate A the user picks item i, or nothing (⊥), with
 * P(i | s, A) = v(s, i) / (v(s, ⊥) + Σ_{j∈A} v(s, j)). The item score is the odds of the observed
 * production CTR model, v(s, i) = p̂_i / (1 − p̂_i) = exp(logit p̂_i), and v(s, ⊥) is the configured
 * no-click score; with v(s, ⊥) = 1 (utility 0) a one-item slate is clicked with exactly p̂_i. p̂ is
 * taken within [10⁻⁶, 1 − 10⁻⁶] so that the odds stay finite (the feed's CTRs are sigmoids of bounded
 * logits and never reach this bound in practice). The model ignores positions. Immutable and thread-safe.
 */
public final class ChoiceModel {
  /** Predicted CTRs are taken within [CTR_BOUND, 1 − CTR_BOUND]. */
  static final double CTR_BOUND = 1e-6;

  private final double noClickScore;

  /** A model with v(s, ⊥) = {@code noClickScore}, positive and finite. */
  public ChoiceModel(double noClickScore) {
    if (!(noClickScore > 0) || !Double.isFinite(noClickScore)) {
      throw new IllegalArgumentException("no_click_score must be a positive finite number, found " + noClickScore);
    }
    this.noClickScore = noClickScore;
  }

  /** v(s, ⊥). */
  public double noClickScore() {
    return noClickScore;
  }

  /** v(s, i) = p / (1 − p) for a predicted CTR p in [0, 1]. */
  public static double score(double predictedCtr) {
    if (!(predictedCtr >= 0 && predictedCtr <= 1)) {
      throw new IllegalArgumentException("predicted_ctr must be in [0, 1], found " + predictedCtr);
    }
    double p = Math.min(Math.max(predictedCtr, CTR_BOUND), 1 - CTR_BOUND);
    return p / (1 - p);
  }

  /** v(s, i) of every candidate of {@code page}. */
  public double[] scores(FeedObservation page) {
    double[] scores = new double[page.numCandidates()];
    for (int c = 0; c < scores.length; c++) {
      scores[c] = score(page.feature(c, FeedObservation.PREDICTED_CTR));
    }
    return scores;
  }

  /** P(i | s, A) of each slate position, from the candidates' {@code scores}. */
  public double[] probabilities(double[] scores, int[] slate) {
    double denominator = noClickScore;
    for (int c : slate) {
      denominator += scores[c];
    }
    double[] out = new double[slate.length];
    for (int k = 0; k < slate.length; k++) {
      out[k] = scores[slate[k]] / denominator;
    }
    return out;
  }

  /**
   * The decomposed slate value Q(s, A) = Σ_{i∈A∪{⊥}} P(i | s, A) Q̄(s, i), with the null item ⊥ always
   * in the slate: (v(s, ⊥) Q̄(s, ⊥) + Σ_{i∈A} v(s, i) Q̄(s, i)) / (v(s, ⊥) + Σ_{i∈A} v(s, i)), from the
   * candidates' {@code scores} and values {@code q} and the null item's value.
   */
  public double slateValue(double[] scores, double[] q, double nullValue, int[] slate) {
    double numerator = noClickScore * nullValue;
    double denominator = noClickScore;
    for (int c : slate) {
      numerator += scores[c] * q[c];
      denominator += scores[c];
    }
    return numerator / denominator;
  }
}
