package io.feedgym.env.recsim;

import java.util.Arrays;

/**
 * What the agent sees in {@link InterestEvolution}: the user's interest in each cluster and the cluster
 * of each candidate (a document's features are the one-hot of its cluster). Immutable: arrays are copied
 * in and out; equality is by content.
 *
 * @param interests the user's interest per cluster, each in [-1, 1]
 * @param clusters the cluster id of each candidate, each in [0, interests.length)
 */
public record InterestEvolutionObservation(double[] interests, int[] clusters) {

  public InterestEvolutionObservation {
    if (interests == null || clusters == null) {
      throw new IllegalArgumentException("interests and clusters must not be null");
    }
    interests = interests.clone();
    clusters = clusters.clone();
  }

  @Override
  public double[] interests() {
    return interests.clone();
  }

  @Override
  public int[] clusters() {
    return clusters.clone();
  }

  /** The user's interest in the cluster of candidate {@code candidate}, the document's choice score. */
  public double score(int candidate) {
    return interests[clusters[candidate]];
  }

  /** Number of candidates. */
  public int numCandidates() {
    return clusters.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof InterestEvolutionObservation other
        && Arrays.equals(interests, other.interests) && Arrays.equals(clusters, other.clusters);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(interests) + Arrays.hashCode(clusters);
  }

  @Override
  public String toString() {
    return "InterestEvolutionObservation[interests=" + Arrays.toString(interests)
        + ", clusters=" + Arrays.toString(clusters) + "]";
  }
}
