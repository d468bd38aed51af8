package io.feedgym.networks.clickmodel;

import java.util.Arrays;
import java.util.Comparator;

/**
 * How well predicted click probabilities fit observed clicks.
 *
 * @param rows number of rows scored
 * @param ctr the observed click rate
 * @param logLoss mean binary cross-entropy −[y ln p + (1 − y) ln(1 − p)], p clipped to [1e-7, 1 − 1e-7]
 * @param auc the area under the ROC curve, P(score of a random click > score of a random non-click), ties
 *     counting one half (the Mann–Whitney U statistic over the clicks and non-clicks)
 */
public record ClickMetrics(int rows, double ctr, double logLoss, double auc) {
  private static final double EPS = 1e-7;

  /** The metrics of {@code predicted} probabilities against {@code clicks} (1 or 0), which need both classes. */
  public static ClickMetrics of(float[] predicted, float[] clicks) {
    if (predicted.length != clicks.length) {
      throw new IllegalArgumentException("predictions and clicks must have the same length, found "
          + predicted.length + " and " + clicks.length);
    }
    int n = predicted.length;
    double loss = 0;
    long positives = 0;
    for (int i = 0; i < n; i++) {
      if (clicks[i] != 0f && clicks[i] != 1f) {
        throw new IllegalArgumentException("clicks must be 0 or 1, found " + clicks[i] + " at row " + i);
      }
      if (!(predicted[i] >= 0f && predicted[i] <= 1f)) {
        throw new IllegalArgumentException("predictions must be in [0, 1], found " + predicted[i] + " at row " + i);
      }
      double p = Math.min(Math.max(predicted[i], EPS), 1 - EPS);
      loss -= clicks[i] == 1f ? Math.log(p) : Math.log(1 - p);
      positives += (long) clicks[i];
    }
    long negatives = n - positives;
    if (positives == 0 || negatives == 0) {
      throw new IllegalArgumentException("AUC needs clicks and non-clicks, found " + positives + " clicks in " + n
          + " rows");
    }
    return new ClickMetrics(n, (double) positives / n, loss / n, auc(predicted, clicks, positives, negatives));
  }

  /** U / (n₊ n₋) with U = (sum of the clicks' mid-ranks) − n₊(n₊ + 1)/2. */
  private static double auc(float[] predicted, float[] clicks, long positives, long negatives) {
    Integer[] order = new Integer[predicted.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> predicted[i]));
    double rankSum = 0;
    for (int start = 0; start < order.length; ) {
      int end = start;
      while (end + 1 < order.length && predicted[order[end + 1]] == predicted[order[start]]) {
        end++;
      }
      double midRank = (start + end) / 2.0 + 1;
      for (int j = start; j <= end; j++) {
        rankSum += clicks[order[j]] * midRank;
      }
      start = end + 1;
    }
    return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
  }
}
