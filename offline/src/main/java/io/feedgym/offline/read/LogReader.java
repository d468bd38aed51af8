package io.feedgym.offline.read;

import io.feedgym.offline.LogSchema;
import io.feedgym.offline.LoggedSession;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Streams a {@link LogSource} through an embedded, in-memory DuckDB and hands each validated session to a
 * consumer as soon as its last row has been read. Memory is bounded: the Java heap holds one session (its
 * pages' candidate rows), one fetched chunk of rows and the ids of the sessions seen (for the contiguity
 * check, about 50 bytes each); DuckDB streams the result ({@code jdbc_stream_results}) within its
 * {@code memory_limit} ({@link ReadOptions#memoryLimit()}). Strict reading fails at the first bad row with a
 * {@link LogFormatException}; lenient reading drops the sessions holding bad rows and counts every dropped row
 * in the {@link ReadReport}. Each call opens and closes its own database; thread-safe.
 */
public final class LogReader {
  private final ReadOptions options;

  public LogReader(ReadOptions options) {
    this.options = options;
  }

  /**
   * Reads {@code source}, passing each session to {@code sink}; returns what was read and skipped. A CSV file is
   * first read with the schema's column types, parsed by DuckDB (fast); if DuckDB cannot convert a value, the
   * file is read again as text so that the reader can name the row and column (or, when lenient, skip just
   * that session), and the sessions already delivered are not delivered again.
   */
  public ReadReport read(LogSource source, Consumer<LoggedSession> sink) {
    try {
      if (source.kind() != LogSource.Kind.CSV) {
        return run(source, false, sink);
      }
      long[] delivered = {0};
      try {
        return run(source, true, session -> {
          delivered[0]++;
          sink.accept(session);
        });
      } catch (SQLException typedFailed) {
        long[] seen = {0};
        return run(source, false, session -> {
          if (++seen[0] > delivered[0]) {
            sink.accept(session);
          }
        });
      }
    } catch (SQLException e) {
      throw new IllegalArgumentException("cannot read " + source.name() + ": " + e.getMessage(), e);
    }
  }

  private ReadReport run(LogSource source, boolean typed, Consumer<LoggedSession> sink) throws SQLException {
    try (Connection connection = options.connect(); Statement statement = connection.createStatement()) {
      String sql = select(source, typed, statement);
      statement.setFetchSize(options.fetchSize());
      try (ResultSet rs = statement.executeQuery(sql)) {
        return stream(source, rs, sink);
      }
    }
  }

  /** Reads all of {@code source} into a list: for tests and small logs only. */
  public List<LoggedSession> readAll(LogSource source) {
    List<LoggedSession> out = new ArrayList<>();
    read(source, out::add);
    return out;
  }

  private static String select(LogSource source, boolean typed, Statement statement) throws SQLException {
    String path = LogSource.literal(source.text());
    String csv = "SELECT * FROM read_csv(" + path + ", header = true, delim = ',', quote = '\"', ";
    return switch (source.kind()) {
      case CSV -> typed ? csv + "auto_detect = false, columns = {" + csvColumns(csv, statement) + "})"
          : csv + "all_varchar = true)";
      case PARQUET -> "SELECT * FROM read_parquet(" + path + ")";
      case QUERY -> source.text();
      case JSON_LINES -> "SELECT * FROM read_json(" + path + ", format = 'newline_delimited', columns = {"
          + jsonColumns(path, statement) + "})";
    };
  }

  /**
   * The CSV's columns with the schema's types: integers for ids and indices, DOUBLE for propensities, amounts
   * and features, text for the rest (flags too, which may be 0/1 or true/false).
   */
  private static String csvColumns(String csv, Statement statement) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (ResultSet rs = statement.executeQuery("DESCRIBE " + csv + "all_varchar = true)")) {
      while (rs.next()) {
        String name = rs.getString(1);
        columns.add(LogSource.literal(name) + ": '" + csvType(name) + "'");
      }
    }
    return String.join(", ", columns);
  }

  private static String csvType(String name) {
    return switch (name) {
      case LogSchema.SESSION_ID, LogSchema.ITEM_ID -> "BIGINT";
      case LogSchema.PAGE, LogSchema.POSITION, LogSchema.CANDIDATE, LogSchema.TOPIC -> "INTEGER";
      case LogSchema.PROPENSITY, LogSchema.SLATE_PROPENSITY, LogSchema.PRICE, LogSchema.DWELL,
          LogSchema.RETURN_GAP -> "DOUBLE";
      default -> name.startsWith(LogSchema.ITEM_FEATURE) || name.startsWith(LogSchema.USER_FEATURE)
          || name.startsWith(LogSchema.CONTEXT) ? "DOUBLE" : "VARCHAR";
    };
  }

  /** Every column of the JSON Lines file {@code path} as VARCHAR, so that the reader parses and checks each value. */
  private static String jsonColumns(String path, Statement statement) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (ResultSet rs = statement.executeQuery(
        "DESCRIBE SELECT * FROM read_json(" + path + ", format = 'newline_delimited')")) {
      while (rs.next()) {
        columns.add(LogSource.literal(rs.getString(1)) + ": 'VARCHAR'");
      }
    }
    return String.join(", ", columns);
  }

  private ReadReport stream(LogSource source, ResultSet rs, Consumer<LoggedSession> sink) throws SQLException {
    try {
      return SessionStream.read(source.name(), new JdbcRowCursor(rs), options.lenient(), sink);
    } catch (JdbcRowCursor.SqlFailure e) {
      throw e.getCause();
    }
  }
}
