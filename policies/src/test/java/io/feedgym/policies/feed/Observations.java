package io.feedgym.policies.feed;

import io.feedgym.env.feed.FeedObservation;
import java.util.Arrays;

/** Hand-built feed observations: one row of scoring features and a one-value embedding per candidate. */
final class Observations {
  private static final int WIDTH = FeedObservation.EMBEDDING + 1;

  private Observations() {}

  /** Candidates with the given predicted CTR, rating, popularity and topic; available where {@code mask} is true. */
  static FeedObservation page(double[] ctr, double[] rating, double[] popularity, int[] topics, boolean[] mask) {
    int n = topics.length;
    double[] features = new double[n * WIDTH];
    int[] items = new int[n];
    for (int c = 0; c < n; c++) {
      features[c * WIDTH + FeedObservation.PREDICTED_CTR] = ctr[c];
      features[c * WIDTH + FeedObservation.RATING] = rating[c];
      features[c * WIDTH + FeedObservation.POPULARITY] = popularity[c];
      items[c] = 10 + c;
    }
    return FeedObservation.of(new double[] {0.0}, new double[] {0.0}, features, topics, items, mask);
  }

  /** Candidates differing only in predicted CTR and topic, all with rating 0.5 so the quality bonus is zero. */
  static FeedObservation byCtr(double[] ctr, int[] topics, boolean[] mask) {
    double[] half = new double[ctr.length];
    Arrays.fill(half, 0.5);
    return page(ctr, half, new double[ctr.length], topics, mask);
  }

  static boolean[] all(int n) {
    boolean[] mask = new boolean[n];
    Arrays.fill(mask, true);
    return mask;
  }
}
