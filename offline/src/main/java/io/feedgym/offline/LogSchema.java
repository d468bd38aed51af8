package io.feedgym.offline;

import java.util.List;

/**
 * The column names of the logged-session schema, one row per item of a page (docs/offline/schema.md). Rows
 * are ordered by session, page, then position; a page's shown items come first, in position order, then
 * (optionally) the candidates that were not shown, whose {@code position} and {@code propensity} are empty.
 */
public final class LogSchema {
  /** Session id, BIGINT, required: an episode of the simulator. */
  public static final String SESSION_ID = "session_id";
  /** User id, text, required (any string; a number is fine). */
  public static final String USER_ID = "user_id";
  /** 0-based page index within the session, INTEGER ≥ 0, required; pages are consecutive from 0. */
  public static final String PAGE = "page";
  /** 0-based slot on the page, INTEGER ≥ 0, required column; empty for a candidate that was not shown. */
  public static final String POSITION = "position";
  /** Catalog id of the item, BIGINT ≥ 0, required. */
  public static final String ITEM_ID = "item_id";
  /** Whether the user clicked the item, 0/1 or true/false, required (0 on candidates not shown). */
  public static final String CLICK = "click";
  /**
   * The logging policy's probability of putting this item at this position given the items above it on the
   * page, DOUBLE in (0, 1], required column; empty on candidates not shown.
   */
  public static final String PROPENSITY = "propensity";
  /** The logging policy's probability of the page's whole ordered slate, DOUBLE in (0, 1], optional. */
  public static final String SLATE_PROPENSITY = "slate_propensity";
  /** Index of the item in the page's candidate set, INTEGER ≥ 0, optional (default: the row's order). */
  public static final String CANDIDATE = "candidate";
  /** Whether the candidate could be shown (not out of stock), 0/1, optional (default 1). */
  public static final String AVAILABLE = "available";
  /** The item's topic or category, INTEGER ≥ 0, optional (default 0). */
  public static final String TOPIC = "topic";
  /** The item's price, DOUBLE ≥ 0, optional (default 0). */
  public static final String PRICE = "price";
  /** Whether the user examined the position, 0/1, optional (default: the click). */
  public static final String EXAMINED = "examined";
  /** Whether the user bought the item, 0/1, optional (default 0); implies click. */
  public static final String PURCHASE = "purchase";
  /** Seconds on the item after the click, DOUBLE ≥ 0, optional (default 0). */
  public static final String DWELL = "dwell";
  /** Whether the item was not shown earlier in the session, 0/1, optional (default: computed from the log). */
  public static final String NOVEL = "novel";
  /** Whether the user left after this page, 0/1, optional (default: 1 on a session's last page only). */
  public static final String LEFT = "left";
  /** Days until the user's next session, DOUBLE ≥ 0 or inf, optional (empty: unknown). */
  public static final String RETURN_GAP = "return_gap";
  /** When the page was served, text (ISO-8601 recommended), optional, carried through unparsed. */
  public static final String TIMESTAMP = "timestamp";
  /** Prefix of the candidate's feature columns {@code item_feature_0, item_feature_1, …}, DOUBLE. */
  public static final String ITEM_FEATURE = "item_feature_";
  /** Prefix of the user's feature columns {@code user_feature_0, …}, DOUBLE. */
  public static final String USER_FEATURE = "user_feature_";
  /** Prefix of the page context columns {@code context_0, …}, DOUBLE. */
  public static final String CONTEXT = "context_";

  /** The columns every log must have. */
  public static final List<String> REQUIRED =
      List.of(SESSION_ID, USER_ID, PAGE, POSITION, ITEM_ID, CLICK, PROPENSITY);

  /** The optional columns with a fixed name, in the order writers put them. */
  public static final List<String> OPTIONAL = List.of(TIMESTAMP, SLATE_PROPENSITY, CANDIDATE, AVAILABLE, TOPIC,
      PRICE, EXAMINED, PURCHASE, DWELL, NOVEL, LEFT, RETURN_GAP);

  private LogSchema() {}
}
