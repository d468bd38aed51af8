package io.feedgym.offline.read;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableDoubleArray;
import com.google.common.primitives.ImmutableIntArray;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feedback.Feedback;
import io.feedgym.env.feedback.PositionFeedback;
import io.feedgym.offline.LogFormatException;
import io.feedgym.offline.LogFormatException.Kind;
import io.feedgym.offline.LogSchema;
import io.feedgym.offline.LoggedPage;
import java.util.Arrays;
import java.util.BitSet;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The rows of the page being read, in growable columns, and the checks that need the whole page: positions
 * 0..K−1 first and in order, candidate indices a permutation, shown items available, one slate propensity.
 * Reused page after page. Not thread-safe.
 */
final class PageBuffer {
  private final String file;
  private int size;
  private int shown;
  private long[] rows = new long[16];
  private long[] items = new long[16];
  private int[] candidates = new int[16];
  private int[] topics = new int[16];
  private boolean[] available = new boolean[16];
  private double[][] features = new double[16][];
  private final BitSet usedCandidates = new BitSet();
  private LogRow[] shownRows = new LogRow[16];
  private double[] user;
  private double[] context;
  private String timestamp;
  private int page;
  private double slatePropensity;
  private double returnGap;
  private int left;

  PageBuffer(String file) {
    this.file = file;
  }

  void clear(int pageNumber) {
    size = 0;
    shown = 0;
    usedCandidates.clear();
    page = pageNumber;
  }

  int size() {
    return size;
  }

  int page() {
    return page;
  }

  long firstRow() {
    return rows[0];
  }

  /** Adds {@code row}, which must follow the page's rows; the page keeps a copy of what it needs. */
  void add(LogRow row) {
    if (size > 0 && (row.candidate >= 0) != (candidates[0] >= 0)) {
      throw error(Kind.INCONSISTENT, row.row, LogSchema.CANDIDATE,
          "every row of a page needs a candidate index, or none does; row " + rows[0] + " " + (candidates[0] >= 0
              ? "has one" : "has none"));
    }
    if (row.shown()) {
      if (shown < size) {
        throw error(Kind.ORDER, row.row, LogSchema.POSITION, "shown item (position " + row.position
            + ") after a candidate that was not shown; a page lists its shown items first");
      }
      if (row.position != shown) {
        throw error(Kind.ORDER, row.row, LogSchema.POSITION, row.position == 0
            ? "page " + page + " is duplicated: its position 0 appears again"
            : row.position < shown ? "position " + row.position + " appears twice on page " + page
            : "position " + row.position + " follows position " + (shown - 1) + " on page " + page + "; position "
                + shown + " is missing");
      }
      if (!row.available) {
        throw error(Kind.INCONSISTENT, row.row, LogSchema.AVAILABLE, "a shown item must be available, found 0");
      }
      if (shown > 0 && Double.compare(row.slatePropensity, slatePropensity) != 0) {
        throw error(Kind.INCONSISTENT, row.row, LogSchema.SLATE_PROPENSITY, "the page's rows disagree: "
            + slatePropensity + " at position 0, " + row.slatePropensity + " here");
      }
    }
    if (row.candidate >= 0 && usedCandidates.get(row.candidate)) {
      throw error(Kind.ORDER, row.row, LogSchema.CANDIDATE, "candidate " + row.candidate + " appears twice on page "
          + page);
    }
    grow();
    if (size == 0) {
      user = row.userFeatures.clone();
      context = row.context.clone();
      timestamp = row.timestamp;
      returnGap = row.returnGap;
      left = row.left;
    }
    if (row.shown()) {
      if (shown == 0) {
        slatePropensity = row.slatePropensity;
      }
      shownRows[shown++] = copy(row);
    }
    if (row.candidate >= 0) {
      usedCandidates.set(row.candidate);
    }
    rows[size] = row.row;
    items[size] = row.itemId;
    candidates[size] = row.candidate;
    topics[size] = row.topic;
    available[size] = row.available;
    features[size] = row.itemFeatures.clone();
    size++;
  }

  private static LogRow copy(LogRow row) {
    LogRow out = new LogRow();
    out.row = row.row;
    out.position = row.position;
    out.itemId = row.itemId;
    out.click = row.click;
    out.propensity = row.propensity;
    out.candidate = row.candidate;
    out.topic = row.topic;
    out.price = row.price;
    out.examined = row.examined;
    out.purchase = row.purchase;
    out.dwell = row.dwell;
    out.novel = row.novel;
    return out;
  }

  private void grow() {
    if (size < rows.length) {
      return;
    }
    int n = rows.length * 2;
    rows = Arrays.copyOf(rows, n);
    items = Arrays.copyOf(items, n);
    candidates = Arrays.copyOf(candidates, n);
    topics = Arrays.copyOf(topics, n);
    available = Arrays.copyOf(available, n);
    features = Arrays.copyOf(features, n);
    shownRows = Arrays.copyOf(shownRows, n);
  }

  /**
   * The page; {@code shownBefore} holds the items shown earlier in the session (for the default novelty) and
   * gains this page's. {@code lastOfSession} sets the default of {@code left}.
   */
  LoggedPage build(Set<Long> shownBefore, boolean lastOfSession) {
    if (shown == 0) {
      throw error(Kind.OUT_OF_RANGE, rows[0], LogSchema.POSITION, "page " + page + " has no shown item");
    }
    int n = size;
    int[] index = new int[n];
    for (int r = 0; r < n; r++) {
      index[r] = candidates[0] >= 0 ? candidates[r] : r;
      if (index[r] >= n) {
        throw error(Kind.OUT_OF_RANGE, rows[r], LogSchema.CANDIDATE, "candidate " + index[r] + " is out of range: page "
            + page + " lists " + n + " candidates, so indices run from 0 to " + (n - 1));
      }
    }
    int width = features[0].length;
    double[] values = new double[n * width];
    int[] topicOf = new int[n];
    int[] itemOf = new int[n];
    boolean[] mask = new boolean[n];
    for (int r = 0; r < n; r++) {
      int c = index[r];
      System.arraycopy(features[r], 0, values, c * width, width);
      topicOf[c] = topics[r];
      if (items[r] > Integer.MAX_VALUE) {
        throw error(Kind.OUT_OF_RANGE, rows[r], LogSchema.ITEM_ID, "item ids above " + Integer.MAX_VALUE
            + " do not fit a feed observation, found " + items[r]);
      }
      itemOf[c] = (int) items[r];
      mask[c] = available[r];
    }
    FeedObservation observation = FeedObservation.of(user, context, values, topicOf, itemOf, mask);
    int[] slate = new int[shown];
    double[] propensities = new double[shown];
    PositionFeedback[] positions = new PositionFeedback[shown];
    for (int k = 0; k < shown; k++) {
      LogRow row = shownRows[k];
      int candidate = candidates[0] >= 0 ? row.candidate : k;
      slate[k] = candidate;
      propensities[k] = row.propensity;
      boolean novel = row.novel >= 0 ? row.novel == 1 : !shownBefore.contains(row.itemId);
      positions[k] = new PositionFeedback(k, candidate, row.itemId, row.topic, row.price, row.examined, row.click,
          row.purchase, row.dwell, novel);
    }
    for (int k = 0; k < shown; k++) {
      shownBefore.add(shownRows[k].itemId);
    }
    checkSlatePropensity(propensities);
    boolean leftAfter = left >= 0 ? left == 1 : lastOfSession;
    Feedback feedback = new Feedback(page, ImmutableList.copyOf(positions), leftAfter, returnGap);
    return new LoggedPage(rows[0], timestamp, observation, ImmutableIntArray.copyOf(slate), feedback,
        ImmutableDoubleArray.copyOf(propensities),
        Double.isNaN(slatePropensity) ? OptionalDouble.empty() : OptionalDouble.of(slatePropensity));
  }

  /** The slate propensity, when logged, must be the product of the positions' (relative tolerance 1e-6). */
  private void checkSlatePropensity(double[] propensities) {
    if (Double.isNaN(slatePropensity)) {
      return;
    }
    double product = 1;
    for (double p : propensities) {
      product *= p;
    }
    if (Math.abs(product - slatePropensity) > 1e-6 * Math.max(product, slatePropensity)) {
      throw error(Kind.INCONSISTENT, rows[0], LogSchema.SLATE_PROPENSITY, "page " + page + " logs " + slatePropensity
          + ", but the product of its positions' propensities is " + product);
    }
  }

  private LogFormatException error(Kind kind, long row, String column, String problem) {
    return new LogFormatException(kind, file, row, column, problem);
  }
}
