package io.feedgym.offline;

/**
 * Bad logged data, naming where: the file (or query), the 1-based data row (0 when the problem is the header
 * or the whole file) and the column. An {@link IllegalArgumentException}, since bad data is bad input.
 */
public final class LogFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** What kind of problem it is: the key under which lenient reading counts skipped rows. */
  public enum Kind {
    /** A required column is not in the header. */
    MISSING_COLUMN,
    /** A required value is empty. */
    MISSING_VALUE,
    /** A value that does not parse as the column's type. */
    WRONG_TYPE,
    /** A NaN value. */
    NAN,
    /** A propensity outside (0, 1]. */
    PROPENSITY,
    /** Any other value outside its allowed range, or values that contradict each other on one row. */
    OUT_OF_RANGE,
    /** A page, position, candidate or session out of order or repeated. */
    ORDER,
    /** A row that disagrees with the other rows of its page or session (user id, slate propensity, availability). */
    INCONSISTENT;

    /** The lower-case name, as reports print it. */
    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final Kind kind;
  private final String file;
  private final long row;
  private final String column;
  private final String problem;

  /** Bad data in {@code file} at data row {@code row} (1-based; 0 for the header), column {@code column}. */
  public LogFormatException(Kind kind, String file, long row, String column, String problem) {
    super(file + (row > 0 ? ", row " + row : ", header") + ", column " + column + ": " + problem);
    this.kind = kind;
    this.file = file;
    this.row = row;
    this.column = column;
    this.problem = problem;
  }

  /** The kind of problem. */
  public Kind kind() {
    return kind;
  }

  /** The file or query the data came from. */
  public String file() {
    return file;
  }

  /** The 1-based data row (the header is not counted; 0 when the header is at fault). */
  public long row() {
    return row;
  }

  /** The column at fault. */
  public String column() {
    return column;
  }

  /** What is wrong, without the location. */
  public String problem() {
    return problem;
  }
}
