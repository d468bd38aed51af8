package io.feedgym.agents.slateq;

import io.feedgym.env.recsim.LongTermSatisfactionObservation;
import io.feedgym.env.recsim.LongTermSatisfactionObservationSpace;
import java.util.Arrays;

/**
 * The {@link SlateEncoder} of RecSim's long_term_satisfaction. State row: log(1 + engagement) of the
 * previous response (the only trace of the hidden satisfaction). Item row: the candidate's clickbait
 * score, then the null-item indicator. The simulated user always consumes slate position 0, which no
 * conditional logit expresses; the choice scores are a documented proxy: v(s, i) = 1 for every candidate
 * and v(s, ⊥) = {@link #NO_CLICK_SCORE}, almost 0. The slate selection then ranks candidates by Q̄ and
 * shows the best first, where the user consumes it, so the greedy slate is the one the exact model picks;
 * the bootstrap V(s′), though, is the mean Q̄ of the next slate's items rather than Q̄ of its first item.
 * Immutable and thread-safe.
 */
final class LongTermSatisfactionEncoder extends RecsimEncoder<LongTermSatisfactionObservation> {
  /** v(s, ⊥): the user never skips a slate, so not clicking has (almost) no weight. */
  static final double NO_CLICK_SCORE = 1e-6;

  LongTermSatisfactionEncoder(LongTermSatisfactionObservationSpace space) {
    super(space.numCandidates());
  }

  @Override
  public int stateSize() {
    return 1;
  }

  /** The clickbait score and the null-item indicator. */
  @Override
  public int itemSize() {
    return 2;
  }

  @Override
  public void encodeState(LongTermSatisfactionObservation page, float[] out, int row, int copies) {
    Arrays.fill(out, row, row + copies, (float) Math.log1p(page.engagement()));
  }

  @Override
  public void encodeItem(LongTermSatisfactionObservation page, int candidate, float[] out, int row) {
    boolean none = candidate == candidates();
    out[2 * row] = none ? 0f : (float) page.clickbait(candidate);
    out[2 * row + 1] = none ? 1f : 0f;
  }

  @Override
  public double[] choiceScores(LongTermSatisfactionObservation page) {
    double[] scores = new double[candidates()];
    Arrays.fill(scores, 1.0);
    return scores;
  }

  @Override
  public double noClickScore() {
    return NO_CLICK_SCORE;
  }

  /** The clickbait scores, then the engagement. */
  @Override
  int vectorSize() {
    return candidates() + 1;
  }

  @Override
  double[] toVector(LongTermSatisfactionObservation page) {
    double[] vector = Arrays.copyOf(page.clickbait(), vectorSize());
    vector[candidates()] = page.engagement();
    return vector;
  }

  @Override
  LongTermSatisfactionObservation fromVector(double[] vector) {
    return new LongTermSatisfactionObservation(Arrays.copyOf(vector, candidates()), vector[candidates()]);
  }
}
