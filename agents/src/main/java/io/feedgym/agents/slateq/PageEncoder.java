package io.feedgym.agents.slateq;

import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feed.FeedObservationSpace;

/**
 * Turns a feed page into the inputs of the two towers: one state row (the user features, then every
 * context entry as log(1 + x), since counts, days and fatigues are non-negative and heavy-tailed) and one
 * item row per candidate (its features, with the topic fatigue as log(1 + x), then a 0) followed by the row
 * of the null item ⊥, "no click" (all zeros, then a 1). A page thus has {@link #pageRows()} rows, the null
 * item's last. Immutable and thread-safe.
 */
final class PageEncoder {
  private final int userDim;
  private final int contextDim;
  private final int features;
  private final int candidates;

  PageEncoder(FeedObservationSpace space) {
    this.userDim = space.userDim();
    this.contextDim = space.contextDim();
    this.features = space.numFeatures();
    this.candidates = space.numCandidates();
  }

  int stateSize() {
    return userDim + contextDim;
  }

  /** The candidate features and the null-item indicator. */
  int itemSize() {
    return features + 1;
  }

  int candidates() {
    return candidates;
  }

  /** Rows of a whole page: the candidates, then the null item (whose index is {@link #candidates()}). */
  int pageRows() {
    return candidates + 1;
  }

  /** Writes the state row of {@code page} {@code copies} times into {@code out} from row {@code row}. */
  void encodeState(FeedObservation page, float[] out, int row, int copies) {
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

  /** Writes the item row of {@code candidate} of {@code page} (the null item when it is {@link #candidates()}) at row {@code row}. */
  void encodeItem(FeedObservation page, int candidate, float[] out, int row) {
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

  /** Writes the {@link #pageRows()} item rows of {@code page} from row {@code row}, and their availability (⊥: 0). */
  void encodeItems(FeedObservation page, float[] out, int row, double[] available) {
    for (int c = 0; c <= candidates; c++) {
      encodeItem(page, c, out, row + c);
      available[row + c] = c < candidates && page.available(c) ? 1 : 0;
    }
  }
}
