package io.feedgym.offline.read;

import io.feedgym.config.Checks;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * How a {@link LogReader} reads.
 *
 * @param lenient skip every session that holds a bad row, counting each skipped row by reason, instead of
 *     failing at the first bad row
 * @param memoryLimit DuckDB's {@code memory_limit}, e.g. {@code 256MB}: the bound on DuckDB's native memory
 * @param threads DuckDB's worker threads, at least 1
 * @param fetchSize rows the JDBC result set fetches at a time, at least 1
 */
public record ReadOptions(boolean lenient, String memoryLimit, int threads, int fetchSize) {

  public ReadOptions {
    if (memoryLimit == null || !memoryLimit.matches("\\d+(\\.\\d+)?\\s*(KB|MB|GB|KiB|MiB|GiB)")) {
      throw new IllegalArgumentException("memory_limit must look like 256MB or 1GB, found " + memoryLimit);
    }
    Checks.atLeast("threads", threads, 1);
    Checks.atLeast("fetch_size", fetchSize, 1);
  }

  /** Strict, DuckDB limited to 256 MB and 2 threads, 2,048 rows per fetch (DuckDB's vector size). */
  public static ReadOptions defaults() {
    return new ReadOptions(false, "256MB", 2, 2048);
  }

  /**
   * An embedded, in-memory DuckDB with these options applied: streamed results, the memory limit and threads, and
   * rows in insertion (file) order.
   */
  public Connection connect() throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("jdbc_stream_results", "true");
    Connection connection = DriverManager.getConnection("jdbc:duckdb:", properties);
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET memory_limit = " + LogSource.literal(memoryLimit));
      statement.execute("SET threads = " + threads);
      statement.execute("SET preserve_insertion_order = true");
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
    return connection;
  }

  public ReadOptions withLenient(boolean value) {
    return new ReadOptions(value, memoryLimit, threads, fetchSize);
  }

  public ReadOptions withMemoryLimit(String value) {
    return new ReadOptions(lenient, value, threads, fetchSize);
  }

  public ReadOptions withThreads(int value) {
    return new ReadOptions(lenient, memoryLimit, value, fetchSize);
  }
}
