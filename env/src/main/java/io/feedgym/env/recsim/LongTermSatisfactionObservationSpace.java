package io.feedgym.env.recsim;

import io.feedgym.config.Checks;
import io.feedgym.env.spaces.Space;
import java.util.random.RandomGenerator;

/**
 * Observations of {@link LongTermSatisfaction}: {@code numCandidates} clickbait scores in [0, 1] and an
 * engagement in [0, engagementCap]. Immutable and thread-safe.
 *
 * @param numCandidates number of candidates, positive
 * @param engagementCap the largest observable engagement, positive
 */
public record LongTermSatisfactionObservationSpace(int numCandidates, double engagementCap)
    implements Space<LongTermSatisfactionObservation> {

  public LongTermSatisfactionObservationSpace {
    if (numCandidates <= 0) {
      throw new IllegalArgumentException("num_candidates must be positive, found " + numCandidates);
    }
    Checks.positive("engagement_cap", engagementCap);
  }

  @Override
  public boolean contains(LongTermSatisfactionObservation value) {
    if (value == null || value.numCandidates() != numCandidates) {
      return false;
    }
    for (double score : value.clickbait()) {
      if (!(score >= 0 && score <= 1)) {
        return false;
      }
    }
    return value.engagement() >= 0 && value.engagement() <= engagementCap;
  }

  /** Uniform clickbait scores and a uniform engagement. */
  @Override
  public LongTermSatisfactionObservation sample(RandomGenerator random) {
    double[] clickbait = new double[numCandidates];
    for (int i = 0; i < numCandidates; i++) {
      clickbait[i] = random.nextDouble();
    }
    return new LongTermSatisfactionObservation(clickbait, random.nextDouble() * engagementCap);
  }
}
