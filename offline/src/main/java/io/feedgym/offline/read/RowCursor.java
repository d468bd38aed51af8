package io.feedgym.offline.read;

import java.util.List;

/**
 * A forward-only view of a log's rows, as a DuckDB result or a partition of a Spark job gives them, that
 * {@link SessionStream} validates and assembles into sessions. Values arrive typed (Parquet, queries) or as text
 * (CSV, JSON Lines); an empty cell is null. Column indices are 0-based positions in {@link #columns()}.
 * Implementations need not be thread-safe.
 */
public interface RowCursor {

  /** The column names, in order. */
  List<String> columns();

  /** Whether column {@code column} holds doubles, so that {@link #doubleValue} reads it without boxing. */
  boolean isDouble(int column);

  /** Moves to the next row; false when there is none. */
  boolean next();

  /**
   * The 1-based data row of the current row in its file (the header is not counted). Consecutive rows of a
   * cursor are usually consecutive rows of the file; a jump means that rows of other sessions lie in between.
   */
  long row();

  /** Column {@code column} of the current row, null when empty; an unreadable value throws {@link Unreadable}. */
  Object value(int column);

  /** Column {@code column} of the current row as a double, NaN when empty or NaN ({@link #value} tells which). */
  double doubleValue(int column);

  /** A value the source cannot read, with the source's own message. */
  final class Unreadable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Unreadable(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
