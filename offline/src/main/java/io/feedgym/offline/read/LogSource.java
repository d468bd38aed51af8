package io.feedgym.offline.read;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Where logged rows come from: a CSV, JSON Lines or Parquet file read by DuckDB, or a SQL query over the
 * user's own tables and files that returns the schema's columns. Rows must come ordered by session, page and
 * position; the reader checks that and does not sort.
 *
 * @param name the name errors give (the file, or {@code query} for a query)
 * @param kind how the rows are read
 * @param text the file path, or the query
 */
public record LogSource(String name, Kind kind, String text) {

  /** The kinds of source. */
  public enum Kind {
    /** Comma-separated values with a header line; every value is read as text and parsed by the reader. */
    CSV,
    /** One JSON object per line; every value is read as text and parsed by the reader. */
    JSON_LINES,
    /** Apache Parquet, typed. */
    PARQUET,
    /** A DuckDB SQL query. */
    QUERY
  }

  public LogSource {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }

  /** The file {@code path}, its format told by the extension: .csv, .jsonl/.ndjson/.json, .parquet. */
  public static LogSource file(Path path) {
    return new LogSource(path.toString(), kindOf(path), path.toString());
  }

  /**
   * A DuckDB query returning the schema's columns, e.g. one that joins the user's tables, renames columns and
   * defines sessions; {@code name} is what errors call it.
   */
  public static LogSource query(String name, String sql) {
    return new LogSource(name, Kind.QUERY, sql);
  }

  /** The format of {@code path} by its extension; other extensions are an error listing the known ones. */
  public static Kind kindOf(Path path) {
    String file = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (file.endsWith(".csv") || file.endsWith(".csv.gz")) {
      return Kind.CSV;
    } else if (file.endsWith(".jsonl") || file.endsWith(".ndjson") || file.endsWith(".json")) {
      return Kind.JSON_LINES;
    } else if (file.endsWith(".parquet")) {
      return Kind.PARQUET;
    }
    throw new IllegalArgumentException("log file " + path + " must end in .csv, .csv.gz, .jsonl, .ndjson, .json or "
        + ".parquet");
  }

  /** {@code text} as a single-quoted SQL string literal. */
  public static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
