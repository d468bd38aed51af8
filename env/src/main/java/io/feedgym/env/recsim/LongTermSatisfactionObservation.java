package io.feedgym.env.recsim;

import java.util.Arrays;

/**
 * What the agent sees in {@link LongTermSatisfaction}: each candidate's clickbait score and the engagement
 * of the previous step's response, clipped to the observation cap (0 at reset); the user is hidden.
 * Immutable: the array is copied in and out; equality is by content.
 *
 * @param clickbait the clickbait score of each candidate, each in [0, 1]
 * @param engagement the previous response's engagement, clipped, non-negative
 */
public record LongTermSatisfactionObservation(double[] clickbait, double engagement) {

  public LongTermSatisfactionObservation {
    if (clickbait == null) {
      throw new IllegalArgumentException("clickbait must not be null");
    }
    clickbait = clickbait.clone();
  }

  @Override
  public double[] clickbait() {
    return clickbait.clone();
  }

  /** The clickbait score of candidate {@code candidate}. */
  public double clickbait(int candidate) {
    return clickbait[candidate];
  }

  /** Number of candidates. */
  public int numCandidates() {
    return clickbait.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LongTermSatisfactionObservation other
        && Arrays.equals(clickbait, other.clickbait)
        && Double.compare(engagement, other.engagement) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(clickbait) + Double.hashCode(engagement);
  }

  @Override
  public String toString() {
    return "LongTermSatisfactionObservation[clickbait=" + Arrays.toString(clickbait)
        + ", engagement=" + engagement + "]";
  }
}
