package io.feedgym.offline.read;

import static io.feedgym.offline.LogSchema.*;

import io.feedgym.offline.LogFormatException;
import io.feedgym.offline.LogFormatException.Kind;
import io.feedgym.offline.LogSchema;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Binds a cursor's columns to the schema (checking the header) and parses each row into a {@link LogRow},
 * checking every value's type and range; a bad value is a {@link LogFormatException} naming the row and
 * column. Values may arrive typed (Parquet, queries) or as text (CSV, JSON Lines). Not thread-safe.
 */
final class RowParser {
  private final String file;
  private final Map<String, Integer> columns = new HashMap<>();
  private final RowCursor cursor;
  private final int[] itemFeatures;
  private final int[] userFeatures;
  private final int[] context;
  private long row;
  private boolean sessionIdParsed;

  RowParser(String file, RowCursor cursor) {
    this.file = file;
    this.cursor = cursor;
    for (int i = 0; i < cursor.columns().size(); i++) {
      columns.put(cursor.columns().get(i), i);
    }
    for (String name : LogSchema.REQUIRED) {
      if (!columns.containsKey(name)) {
        throw new LogFormatException(Kind.MISSING_COLUMN, file, 0, name,
            "required column is missing; the columns are " + cursor.columns());
      }
    }
    itemFeatures = numbered(ITEM_FEATURE);
    userFeatures = numbered(USER_FEATURE);
    context = numbered(CONTEXT);
  }

  /** The indices of the columns {@code prefix0, prefix1, …}, which must be numbered from 0 without gaps. */
  private int[] numbered(String prefix) {
    TreeMap<Integer, Integer> found = new TreeMap<>();
    for (var entry : columns.entrySet()) {
      String name = entry.getKey();
      if (name.startsWith(prefix) && name.substring(prefix.length()).matches("\\d{1,6}")) {
        found.put(Integer.parseInt(name.substring(prefix.length())), entry.getValue());
      }
    }
    int[] out = new int[found.size()];
    for (int j = 0; j < out.length; j++) {
      if (!found.containsKey(j)) {
        throw new LogFormatException(Kind.MISSING_COLUMN, file, 0, prefix + j, "feature columns must be numbered "
            + prefix + "0 to " + prefix + (out.length - 1) + " without gaps; found " + found.size() + " up to "
            + prefix + found.lastKey());
      }
      out[j] = found.get(j);
    }
    return out;
  }

  /** Whether the last {@link #parse} got as far as reading the session id (so a bad row's session is known). */
  boolean sessionIdParsed() {
    return sessionIdParsed;
  }

  int itemFeatureCount() {
    return itemFeatures.length;
  }

  boolean has(String column) {
    return columns.containsKey(column);
  }

  /** Parses the cursor's current row, data row {@code rowNumber} (1-based), into {@code out}. */
  void parse(long rowNumber, LogRow out) {
    this.row = rowNumber;
    out.row = rowNumber;
    sessionIdParsed = false;
    out.sessionId = integer(SESSION_ID, Long.MIN_VALUE, null);
    sessionIdParsed = true;
    Object user = value(USER_ID);
    if (user == null || user.toString().isBlank()) {
      throw error(Kind.MISSING_VALUE, USER_ID, "required value is empty");
    }
    out.userId = user.toString();
    out.page = (int) integer(PAGE, 0, null);
    out.position = (int) integer(POSITION, 0, -1L);
    out.itemId = integer(ITEM_ID, 0, null);
    out.click = flag(CLICK, null);
    out.candidate = (int) integer(CANDIDATE, 0, -1L);
    out.available = flag(AVAILABLE, true);
    out.topic = (int) integer(TOPIC, 0, 0L);
    out.price = number(PRICE, 0.0, false);
    out.purchase = flag(PURCHASE, false);
    out.examined = flag(EXAMINED, out.click);
    out.dwell = number(DWELL, 0.0, false);
    out.novel = has(NOVEL) && value(NOVEL) != null ? (flag(NOVEL, null) ? 1 : 0) : -1;
    out.left = has(LEFT) && value(LEFT) != null ? (flag(LEFT, null) ? 1 : 0) : -1;
    out.returnGap = number(RETURN_GAP, Double.NaN, true);
    Object timestamp = has(TIMESTAMP) ? value(TIMESTAMP) : null;
    out.timestamp = timestamp == null ? "" : timestamp.toString();
    out.propensity = propensity(PROPENSITY, out.shown());
    out.slatePropensity = has(SLATE_PROPENSITY) ? propensity(SLATE_PROPENSITY, false) : Double.NaN;
    out.itemFeatures = features(itemFeatures, out.itemFeatures);
    out.userFeatures = features(userFeatures, out.userFeatures);
    out.context = features(context, out.context);
    checkConsistent(out);
  }

  private void checkConsistent(LogRow out) {
    if (!out.shown() && (out.click || out.purchase || out.dwell > 0)) {
      throw error(Kind.OUT_OF_RANGE, out.click ? CLICK : out.purchase ? PURCHASE : DWELL,
          "a candidate that was not shown (empty position) cannot have a click, purchase or dwell");
    }
    if (out.click && !out.examined) {
      throw error(Kind.OUT_OF_RANGE, EXAMINED, "a clicked item must be examined, found examined=0");
    }
    if (out.purchase && !out.click) {
      throw error(Kind.OUT_OF_RANGE, PURCHASE, "a purchase needs a click, found click=0");
    }
    if (out.dwell > 0 && !out.click) {
      throw error(Kind.OUT_OF_RANGE, DWELL, "dwell needs a click, found dwell=" + out.dwell + " and click=0");
    }
  }

  private double propensity(String column, boolean required) {
    Object v = value(column);
    if (v == null) {
      if (required) {
        throw error(Kind.MISSING_VALUE, column, "required value is empty on a shown item");
      }
      return Double.NaN;
    }
    double p = toDouble(column, v);
    if (!(p > 0 && p <= 1)) {
      throw error(Kind.PROPENSITY, column, "must be in (0, 1], found " + p);
    }
    return p;
  }

  private double[] features(int[] indices, double[] reuse) {
    double[] out = reuse != null && reuse.length == indices.length ? reuse : new double[indices.length];
    for (int j = 0; j < indices.length; j++) {
      boolean typed = cursor.isDouble(indices[j]);
      double x = typed ? primitive(indices[j]) : Double.NaN;
      if (!typed || Double.isNaN(x)) {
        Object v = valueAt(indices[j]);
        if (v == null) {
          throw error(Kind.MISSING_VALUE, label(indices[j]), "feature value is empty");
        }
        x = v instanceof Number n ? n.doubleValue() : parseDouble(indices[j], v.toString());
      }
      if (!Double.isFinite(x)) {
        throw error(Double.isNaN(x) ? Kind.NAN : Kind.OUT_OF_RANGE, label(indices[j]),
            "must be a finite number, found " + x);
      }
      out[j] = x;
    }
    return out;
  }

  private double parseDouble(int index, String text) {
    try {
      return Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      throw error(Kind.WRONG_TYPE, label(index), "expected a number, found '" + text + "'");
    }
  }

  private String label(int index) {
    for (var entry : columns.entrySet()) {
      if (entry.getValue() == index) {
        return entry.getKey();
      }
    }
    return "#" + index;
  }

  /** An integer ≥ {@code min}; {@code absent} is the value of an empty cell or a missing column (null: required). */
  private long integer(String column, long min, Long absent) {
    Object v = has(column) ? value(column) : null;
    if (v == null) {
      if (absent == null) {
        throw error(Kind.MISSING_VALUE, column, "required value is empty");
      }
      return absent;
    }
    long x;
    if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
      x = ((Number) v).longValue();
    } else if (v instanceof Number n) {
      double d = n.doubleValue();
      if (Double.isNaN(d)) {
        throw error(Kind.NAN, column, "expected an integer, found NaN");
      }
      if (d != Math.rint(d) || Double.isInfinite(d)) {
        throw error(Kind.WRONG_TYPE, column, "expected an integer, found " + d);
      }
      x = (long) d;
    } else {
      String text = v.toString().strip();
      try {
        x = Long.parseLong(text);
      } catch (NumberFormatException e) {
        throw error(text.equalsIgnoreCase("nan") ? Kind.NAN : Kind.WRONG_TYPE, column,
            "expected an integer, found '" + v + "'");
      }
    }
    if (x < min || x > Integer.MAX_VALUE && !column.equals(SESSION_ID) && !column.equals(ITEM_ID)) {
      throw error(Kind.OUT_OF_RANGE, column, "must be an integer >= " + min + ", found " + x);
    }
    return x;
  }

  /** A finite number ≥ 0 (+∞ too when {@code infinityAllowed}); {@code absent} for an empty cell or missing column. */
  private double number(String column, double absent, boolean infinityAllowed) {
    Object v = has(column) ? value(column) : null;
    if (v == null) {
      return absent;
    }
    double x = toDouble(column, v);
    if (!(x >= 0) || x == Double.POSITIVE_INFINITY && !infinityAllowed) {
      throw error(Kind.OUT_OF_RANGE, column, "must be a " + (infinityAllowed ? "" : "finite ") + "number >= 0, found "
          + x);
    }
    return x;
  }

  private double toDouble(String column, Object v) {
    double x;
    if (v instanceof Number n) {
      x = n.doubleValue();
    } else {
      String text = v.toString().strip();
      try {
        x = Double.parseDouble(text.equalsIgnoreCase("inf") ? "Infinity" : text);
      } catch (NumberFormatException e) {
        throw error(Kind.WRONG_TYPE, column, "expected a number, found '" + v + "'");
      }
    }
    if (Double.isNaN(x)) {
      throw error(Kind.NAN, column, "found NaN");
    }
    return x;
  }

  /** A 0/1 or true/false flag; {@code absent} for an empty cell or missing column (null: required). */
  private boolean flag(String column, Boolean absent) {
    Object v = has(column) ? value(column) : null;
    if (v == null) {
      if (absent == null) {
        throw error(Kind.MISSING_VALUE, column, "required value is empty");
      }
      return absent;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    String text = v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
        ? Long.toString(n.longValue()) : v.toString().strip();
    return switch (text) {
      case "1", "true", "TRUE", "True" -> true;
      case "0", "false", "FALSE", "False" -> false;
      default -> throw error(text.equalsIgnoreCase("nan") ? Kind.NAN : Kind.WRONG_TYPE, column,
          "expected 0/1 or true/false, found '" + v + "'");
    };
  }

  /** Column {@code index} as a double, NaN when empty or NaN. */
  private double primitive(int index) {
    try {
      return cursor.doubleValue(index);
    } catch (RowCursor.Unreadable e) {
      throw error(Kind.WRONG_TYPE, label(index), "unreadable value: " + e.getMessage());
    }
  }

  private Object value(String column) {
    return valueAt(columns.get(column));
  }

  private Object valueAt(int index) {
    try {
      return cursor.value(index);
    } catch (RowCursor.Unreadable e) {
      throw error(Kind.WRONG_TYPE, label(index), "unreadable value: " + e.getMessage());
    }
  }

  private LogFormatException error(Kind kind, String column, String problem) {
    return new LogFormatException(kind, file, row, column, problem);
  }
}
