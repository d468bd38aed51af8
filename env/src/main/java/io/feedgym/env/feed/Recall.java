package io.feedgym.env.feed;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * The recall stage in front of the recommender: per user, a retrieval pool of the items with the highest
 * observed score (observed user embedding · observed item embedding); per page, {@code num_candidates}
 * distinct items, a {@code retrieval_fraction} share drawn uniformly from the pool and the rest uniformly
 * from the catalog, never an item the user clicked in the current session nor one not yet released on the
 * current day. Mutable; owned by one {@link Feed}.
 */
final class Recall {
  /** Pool draws that hit a taken item before the draw falls back to the catalog. */
  private static final int POOL_ATTEMPTS = 8;

  private final FeedConfig config;
  private final Catalog catalog;
  private final DriftSchedule schedule;
  /** Observed retrieval score of every catalog item for the current user. */
  final double[] scores;
  private final TopScores top;
  private final int[] pool;
  private final int[] pageStamp;
  private final int[] clickStamp;
  private final int[] shownStamp;
  private int page;
  private int session;
  private double day;

  /** The recall stage of the day-0 world. */
  Recall(FeedConfig config, Catalog catalog) {
    this(config, catalog, new DriftSchedule(config, catalog));
  }

  /** The recall stage of {@code schedule}'s world, which says which items are released on which day. */
  Recall(FeedConfig config, Catalog catalog, DriftSchedule schedule) {
    this.config = config;
    this.catalog = catalog;
    this.schedule = schedule;
    this.scores = new double[catalog.size];
    this.top = new TopScores(catalog.size);
    this.pool = new int[config.retrievalPoolSize()];
    this.pageStamp = new int[catalog.size];
    this.clickStamp = new int[catalog.size];
    this.shownStamp = new int[catalog.size];
  }

  /**
   * Scores the catalog for a new user with observable features {@code observedUser} and fills the pool.
   * Each score is summed in the order of {@link Catalog#dot}, one embedding dimension at a time over all
   * items, which the JIT compiles to vector instructions.
   */
  void startUser(double[] observedUser) {
    startUser(observedUser, 0);
  }

  /**
   * {@link #startUser(double[])} on world day {@code day}: the pool holds released items only (the
   * configuration guarantees enough of them).
   */
  void startUser(double[] observedUser, double day) {
    this.day = day;
    Arrays.fill(scores, 0);
    for (int j = 0; j < catalog.dim; j++) {
      double weight = observedUser[j];
      double[] column = catalog.observedColumns[j];
      for (int i = 0; i < scores.length; i++) {
        scores[i] += weight * column[i];
      }
    }
    top.select(schedule.allReleased(day) ? scores : releasedScores(), pool);
    startSession();
  }

  /** The scores with every unreleased item's lowered below all released ones, in a fresh array. */
  private double[] releasedScores() {
    double lowest = Double.POSITIVE_INFINITY;
    for (double score : scores) {
      lowest = Math.min(lowest, score);
    }
    double[] out = scores.clone();
    for (int i = 0; i < out.length; i++) {
      if (!schedule.released(i, day)) {
        out[i] = lowest - 1;
      }
    }
    return out;
  }

  /** Starts a new session: the previous sessions' clicks may be recalled again and their items count as unseen. */
  void startSession() {
    session++;
  }

  /** {@link #startSession()} on world day {@code day}, when items released since the last session may be recalled. */
  void startSession(double day) {
    this.day = day;
    session++;
  }

  /** Marks {@code item} as clicked in the current session, so it is not recalled again in it. */
  void clicked(int item) {
    clickStamp[item] = session;
  }

  /** Marks {@code item} as shown in the current session. */
  void shown(int item) {
    shownStamp[item] = session;
  }

  /** True when {@code item} was shown earlier in the current session. */
  boolean seen(int item) {
    return shownStamp[item] == session;
  }

  /** Fills {@code items} with distinct candidates for the next page. */
  void draw(RandomGenerator random, int[] items) {
    page++;
    int fromPool = (int) Math.round(items.length * config.retrievalFraction());
    for (int c = 0; c < items.length; c++) {
      int item = -1;
      for (int attempt = 0; c < fromPool && item < 0 && attempt < POOL_ATTEMPTS; attempt++) {
        int candidate = pool[random.nextInt(pool.length)];
        if (free(candidate)) {
          item = candidate;
        }
      }
      while (item < 0) {
        int candidate = random.nextInt(catalog.size);
        if (free(candidate)) {
          item = candidate;
        }
      }
      pageStamp[item] = page;
      items[c] = item;
    }
  }

  private boolean free(int item) {
    return pageStamp[item] != page && clickStamp[item] != session && schedule.released(item, day);
  }

  /** The {@code k}-th largest value of {@code values} (1-based), by quickselect; reorders {@code values}. */
  static double kthLargest(double[] values, int k) {
    return kthLargest(values, values.length, k);
  }

  /** The {@code k}-th largest of the first {@code length} values, by quickselect; reorders them. */
  static double kthLargest(double[] values, int length, int k) {
    int target = length - k;
    int low = 0;
    int high = length - 1;
    while (low < high) {
      double pivot = values[(low + high) >>> 1];
      int i = low;
      int j = high;
      while (i <= j) {
        while (values[i] < pivot) {
          i++;
        }
        while (values[j] > pivot) {
          j--;
        }
        if (i <= j) {
          double swap = values[i];
          values[i++] = values[j];
          values[j--] = swap;
        }
      }
      if (target <= j) {
        high = j;
      } else if (target >= i) {
        low = i;
      } else {
        return values[target];
      }
    }
    return values[target];
  }
}
