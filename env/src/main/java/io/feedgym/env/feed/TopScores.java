package io.feedgym.env.feed;

import java.util.Arrays;

/**
 * Picks the retrieval pool out of the catalog scores: with k = the pool size and t = the k-th highest
 * score, the pool is the items scoring above t in index order, then those scoring exactly t in index order
 * until k are taken. A histogram finds t without sorting: the scores fall into {@value #BUCKETS} equal-width
 * buckets between the extremes of a sample (values outside go to the end buckets); counting down from the
 * top bucket finds the bucket that holds t, so t is quickselected among that bucket's few scores and only
 * items in it or above are looked at again. Scores must not be NaN. Holds scratch arrays; not thread-safe.
 */
final class TopScores {
  private static final int BUCKETS = 1024;
  /** Every this-many-th score is sampled for the histogram's range. */
  private static final int SAMPLE_STRIDE = 8;

  private final int[] bucket;
  private final int[] counts = new int[BUCKETS];
  private final int[] candidates;
  private final double[] values;

  /** Scratch space for {@code size} scores. */
  TopScores(int size) {
    bucket = new int[size];
    candidates = new int[size];
    values = new double[size];
  }

  /** Fills {@code pool} (no longer than {@code scores}) with the items of the {@code pool.length} highest scores. */
  void select(double[] scores, int[] pool) {
    int k = pool.length;
    int n = scores.length;
    double low = scores[0];
    double high = scores[0];
    for (int i = 0; i < n; i += SAMPLE_STRIDE) {
      low = Math.min(low, scores[i]);
      high = Math.max(high, scores[i]);
    }
    double scale = (BUCKETS - 1) / (high - low);
    if (!(scale <= Double.MAX_VALUE)) {
      fromAll(scores, pool);
      return;
    }
    // (int) ((v - low) * scale), clamped, never decreases as v grows: higher scores are in the same or higher buckets.
    Arrays.fill(counts, 0);
    for (int i = 0; i < n; i++) {
      int b = Math.min(BUCKETS - 1, Math.max(0, (int) ((scores[i] - low) * scale)));
      bucket[i] = b;
      counts[b]++;
    }
    int tBucket = BUCKETS - 1;
    int above = 0;
    while (above + counts[tBucket] < k) {
      above += counts[tBucket--];
    }
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (bucket[i] >= tBucket) {
        candidates[m++] = i;
      }
    }
    int inBucket = 0;
    for (int c = 0; c < m; c++) {
      if (bucket[candidates[c]] == tBucket) {
        values[inBucket++] = scores[candidates[c]];
      }
    }
    double threshold = Recall.kthLargest(values, inBucket, k - above);
    take(scores, candidates, m, threshold, pool);
  }

  /** The plain way, for scores whose sample has no spread: quickselect t among all scores. */
  private void fromAll(double[] scores, int[] pool) {
    System.arraycopy(scores, 0, values, 0, scores.length);
    double threshold = Recall.kthLargest(values, scores.length, pool.length);
    for (int i = 0; i < scores.length; i++) {
      candidates[i] = i;
    }
    take(scores, candidates, scores.length, threshold, pool);
  }

  /** Fills the pool from {@code items[0, m)}, which include every item scoring at least {@code threshold}. */
  private static void take(double[] scores, int[] items, int m, double threshold, int[] pool) {
    int filled = 0;
    for (int c = 0; c < m && filled < pool.length; c++) {
      if (scores[items[c]] > threshold) {
        pool[filled++] = items[c];
      }
    }
    for (int c = 0; c < m && filled < pool.length; c++) {
      if (scores[items[c]] == threshold) {
        pool[filled++] = items[c];
      }
    }
  }
}
