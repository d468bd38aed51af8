package io.feedgym.policies.recsim;

import io.feedgym.env.recsim.LongTermSatisfactionObservation;
import io.feedgym.policies.Policy;

/**
 * The myopic baseline of RecSim's long_term_satisfaction: the {@code slateSize} candidates with the highest
 * clickbait scores (the highest expected engagement now), highest first, ties by lower index. Stateless
 * and thread-safe.
 */
public final class LongTermSatisfactionMyopic implements Policy<LongTermSatisfactionObservation, int[]> {
  private final int slateSize;

  public LongTermSatisfactionMyopic(int slateSize) {
    if (slateSize <= 0) {
      throw new IllegalArgumentException("slate_size must be positive, found " + slateSize);
    }
    this.slateSize = slateSize;
  }

  @Override
  public int[] act(LongTermSatisfactionObservation observation) {
    return TopK.indices(observation.clickbait(), slateSize);
  }
}
