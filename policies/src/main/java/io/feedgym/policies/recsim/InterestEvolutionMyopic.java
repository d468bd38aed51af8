package io.feedgym.policies.recsim;

import io.feedgym.env.recsim.InterestEvolutionObservation;
import io.feedgym.policies.Policy;

/**
 * The myopic baseline of RecSim's interest_evolution: the {@code slateSize} candidates whose cluster the
 * user is most interested in (the highest click weights), most interesting first, ties by lower index.
 * Stateless and thread-safe.
 */
public final class InterestEvolutionMyopic implements Policy<InterestEvolutionObservation, int[]> {
  private final int slateSize;

  public InterestEvolutionMyopic(int slateSize) {
    if (slateSize <= 0) {
      throw new IllegalArgumentException("slate_size must be positive, found " + slateSize);
    }
    this.slateSize = slateSize;
  }

  @Override
  public int[] act(InterestEvolutionObservation observation) {
    double[] scores = new double[observation.numCandidates()];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = observation.score(i);
    }
    return TopK.indices(scores, slateSize);
  }
}
