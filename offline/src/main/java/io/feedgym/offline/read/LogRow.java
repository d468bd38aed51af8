package io.feedgym.offline.read;

/**
 * One parsed, row-valid log row, refilled by {@link RowParser} for every row (so not a value to keep).
 * Optional values are NaN, -1 or null when the log leaves them out.
 */
final class LogRow {
  long row;
  long sessionId;
  String userId;
  int page;
  /** The slot, or -1 for a candidate that was not shown. */
  int position;
  long itemId;
  boolean click;
  double propensity;
  double slatePropensity;
  /** The candidate index, or -1 when the log has none. */
  int candidate;
  boolean available;
  int topic;
  double price;
  boolean examined;
  boolean purchase;
  double dwell;
  /** 1 or 0, or -1 when the log has none. */
  int novel;
  /** 1 or 0, or -1 when the log has none. */
  int left;
  double returnGap;
  String timestamp;
  double[] itemFeatures;
  double[] userFeatures;
  double[] context;

  boolean shown() {
    return position >= 0;
  }
}
