package io.feedgym.networks.clickmodel;

import java.util.SplittableRandom;

/**
 * The standard error of the difference in AUC between two click models scored on the same held-out rows, by the
 * paired bootstrap over sessions (Efron &amp; Tibshirani 1993, Ch. 6 and Sec. 9.4; sessions, not rows, are
 * resampled because the rows of one session share a user): each resample draws as many sessions as there are,
 * with replacement, and both models are scored on the same draw.
 *
 * @param difference AUC(a) − AUC(b) on the rows as given
 * @param standardError the standard deviation of AUC(a) − AUC(b) over the resamples
 * @param resamples number of resamples
 */
public record PairedBootstrap(double difference, double standardError, int resamples) {

  /**
   * Bootstraps AUC({@code a}) − AUC({@code b}) against {@code clicks}; session s holds rows
   * {@code sessionStarts[s]} to {@code sessionStarts[s + 1]} (exclusive; the last runs to the end). Resamples
   * without both a click and a non-click are drawn again. The seed fixes the draws.
   */
  public static PairedBootstrap aucDifference(float[] a, float[] b, float[] clicks, int[] sessionStarts,
      int resamples, long seed) {
    if (a.length != clicks.length || b.length != clicks.length) {
      throw new IllegalArgumentException("both predictions need one entry per click, found " + a.length + ", "
          + b.length + " and " + clicks.length);
    }
    if (resamples < 2) {
      throw new IllegalArgumentException("resamples must be at least 2, found " + resamples);
    }
    int sessions = sessionStarts.length;
    if (sessions == 0 || sessionStarts[0] != 0) {
      throw new IllegalArgumentException("sessionStarts must begin with 0, found " + sessions + " sessions");
    }
    int[] ends = new int[sessions];
    for (int s = 0; s < sessions; s++) {
      ends[s] = s + 1 < sessions ? sessionStarts[s + 1] : clicks.length;
      if (ends[s] <= sessionStarts[s]) {
        throw new IllegalArgumentException("session " + s + " is empty or out of order: rows " + sessionStarts[s]
            + " to " + ends[s]);
      }
    }
    double point = ClickMetrics.of(a, clicks).auc() - ClickMetrics.of(b, clicks).auc();
    SplittableRandom random = new SplittableRandom(seed);
    double sum = 0;
    double sumSquares = 0;
    for (int r = 0; r < resamples; ) {
      int[] drawn = new int[sessions];
      int rows = 0;
      for (int i = 0; i < sessions; i++) {
        drawn[i] = random.nextInt(sessions);
        rows += ends[drawn[i]] - sessionStarts[drawn[i]];
      }
      float[] pa = new float[rows];
      float[] pb = new float[rows];
      float[] y = new float[rows];
      int at = 0;
      float clicked = 0;
      for (int s : drawn) {
        int length = ends[s] - sessionStarts[s];
        System.arraycopy(a, sessionStarts[s], pa, at, length);
        System.arraycopy(b, sessionStarts[s], pb, at, length);
        System.arraycopy(clicks, sessionStarts[s], y, at, length);
        for (int j = at; j < at + length; j++) {
          clicked += y[j];
        }
        at += length;
      }
      if (clicked == 0 || clicked == rows) {
        continue;
      }
      double d = ClickMetrics.of(pa, y).auc() - ClickMetrics.of(pb, y).auc();
      sum += d;
      sumSquares += d * d;
      r++;
    }
    double mean = sum / resamples;
    double variance = Math.max(0, (sumSquares - resamples * mean * mean) / (resamples - 1));
    return new PairedBootstrap(point, Math.sqrt(variance), resamples);
  }
}
