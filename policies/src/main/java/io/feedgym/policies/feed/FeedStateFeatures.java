package io.feedgym.policies.feed;

import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feed.FeedObservationSpace;
import io.feedgym.policies.ObservationEncoder;

/**
 * The state of a feed page without its candidates: the user features, then every context entry (page index,
 * session clicks and purchases, previous page's clicks, session index, day, gap, topic fatigues) as
 * log(1 + x), since counts, days and fatigues are non-negative and heavy-tailed. The state input of SlateQ's
 * two towers and of DDPG's actor and critic. Immutable and thread-safe.
 */
public final class FeedStateFeatures implements ObservationEncoder<FeedObservation> {
  private final int userDim;
  private final int contextDim;

  /** The encoder of pages of {@code space}. */
  public FeedStateFeatures(FeedObservationSpace space) {
    this.userDim = space.userDim();
    this.contextDim = space.contextDim();
  }

  @Override
  public int size() {
    return userDim + contextDim;
  }

  @Override
  public void encode(FeedObservation page, float[] out, int offset) {
    double[] user = page.user();
    for (int j = 0; j < userDim; j++) {
      out[offset + j] = (float) user[j];
    }
    for (int j = 0; j < contextDim; j++) {
      out[offset + userDim + j] = (float) Math.log1p(page.context(j));
    }
  }
}
