package io.feedgym.env.recsim;

import io.feedgym.env.spaces.Space;
import java.util.random.RandomGenerator;

/**
 * Observations of {@link InterestEvolution}: {@code numClusters} interests in [-1, 1] and
 * {@code numCandidates} cluster ids in [0, numClusters). Immutable and thread-safe.
 *
 * @param numClusters number of clusters, positive
 * @param numCandidates number of candidates, positive
 */
public record InterestEvolutionObservationSpace(int numClusters, int numCandidates)
    implements Space<InterestEvolutionObservation> {

  public InterestEvolutionObservationSpace {
    if (numClusters <= 0) {
      throw new IllegalArgumentException("num_clusters must be positive, found " + numClusters);
    }
    if (numCandidates <= 0) {
      throw new IllegalArgumentException("num_candidates must be positive, found " + numCandidates);
    }
  }

  @Override
  public boolean contains(InterestEvolutionObservation value) {
    if (value == null || value.numCandidates() != numCandidates) {
      return false;
    }
    double[] interests = value.interests();
    if (interests.length != numClusters) {
      return false;
    }
    for (double interest : interests) {
      if (!(interest >= -1 && interest <= 1)) {
        return false;
      }
    }
    for (int cluster : value.clusters()) {
      if (cluster < 0 || cluster >= numClusters) {
        return false;
      }
    }
    return true;
  }

  /** Uniform interests in [-1, 1] and uniform cluster ids. */
  @Override
  public InterestEvolutionObservation sample(RandomGenerator random) {
    double[] interests = new double[numClusters];
    for (int i = 0; i < numClusters; i++) {
      interests[i] = random.nextDouble(-1.0, 1.0);
    }
    int[] clusters = new int[numCandidates];
    for (int i = 0; i < numCandidates; i++) {
      clusters[i] = random.nextInt(numClusters);
    }
    return new InterestEvolutionObservation(interests, clusters);
  }
}
