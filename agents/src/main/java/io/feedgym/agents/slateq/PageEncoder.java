package io.feedgym.agents.slateq;

import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feed.FeedObservationSpace;

/**
 * The {@link SlateEncoder} of feed pages: one state row (the user features, then every context entry as
 * log(1 + x), since counts, days and fatigues are non-negative and heavy-tailed) and one item row per
 * candidate (its features, with the topic fatigue as log(1 + x), then a 0) followed by the row of the null
 * item ⊥, "no click" (all zeros, then a 1). A page thus has {@link #pageRows()} rows, the null item's last.
 * Choice scores are the odds of the observed predicted CTR ({@link ChoiceModel#scores}) and the configured
 * no-click score. Public because PPO's slate policy scores candidates on the same features. Immutable and
 * thread-safe.
 */
public final class PageEncoder implements SlateEncoder<FeedObservation> {
  private final int userDim;
  private final int contextDim;
  private final int features;
  private final int candidates;
  private final ChoiceModel choice;

  /** The encoder of pages of {@code space}, with v(s, ⊥) = {@code noClickScore}. */
  public PageEncoder(FeedObservationSpace space, double noClickScore) {
    this.userDim = space.userDim();
    this.contextDim = space.contextDim();
    this.features = space.numFeatures();
    this.candidates = space.numCandidates();
    this.choice = new ChoiceModel(noClickScore);
  }

  @Override
  public int stateSize() {
    return userDim + contextDim;
  }

  /** The candidate features and the null-item indicator. */
  @Override
  public int itemSize() {
    return features + 1;
  }

  @Override
  public int candidates() {
    return candidates;
  }

  @Override
  public boolean[] mask(FeedObservation page) {
    return page.mask();
  }

  @Override
  public double[] choiceScores(FeedObservation page) {
    return choice.scores(page);
  }

  @Override
  public double noClickScore() {
    return choice.noClickScore();
  }

  @Override
  public void encodeState(FeedObservation page, float[] out, int row, int copies) {
    int width = stateSize();
    int offset = row * width;
    double[] user = page.user();
    for (int j = 0; j < userDim; j++) {
      out[offset + j] = (float) user[j];
    }
    for (int j = 0; j < contextDim; j++) {
      out[offset + userDim + j] = (float) Math.log1p(page.context(j));
    }
    for (int copy = 1; copy < copies; copy++) {
      System.arraycopy(out, offset, out, offset + copy * width, width);
    }
  }

  @Override
  public void encodeItem(FeedObservation page, int candidate, float[] out, int row) {
    int offset = row * itemSize();
    if (candidate == candidates) {
      java.util.Arrays.fill(out, offset, offset + features, 0f);
      out[offset + features] = 1f;
      return;
    }
    for (int f = 0; f < features; f++) {
      double x = page.feature(candidate, f);
      out[offset + f] = (float) (f == FeedObservation.TOPIC_FATIGUE ? Math.log1p(x) : x);
    }
    out[offset + features] = 0f;
  }

  /** As the default, reading each candidate's availability directly. */
  @Override
  public void encodeItems(FeedObservation page, float[] out, int row, double[] available) {
    for (int c = 0; c <= candidates; c++) {
      encodeItem(page, c, out, row + c);
      available[row + c] = c < candidates && page.available(c) ? 1 : 0;
    }
  }
}
