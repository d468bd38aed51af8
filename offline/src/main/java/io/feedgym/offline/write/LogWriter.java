package io.feedgym.offline.write;

import io.feedgym.offline.read.LogSource;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes log rows to a CSV, JSON Lines or Parquet file chosen by the extension ({@link LogSource#kindOf}). CSV
 * and JSON Lines are streamed to the file; Parquet is streamed to a temporary CSV beside it, then converted by
 * DuckDB's {@code COPY … (FORMAT PARQUET)} with the columns' types, and the temporary file is deleted. Values:
 * {@code null} and NaN are written empty (JSON null), booleans as 1/0, +∞ as {@code inf}; doubles in Java's
 * shortest exact form, so they read back bit for bit. Not thread-safe.
 */
public final class LogWriter implements AutoCloseable {
  private final Path out;
  private final Path text;
  private final LogSource.Kind kind;
  private final List<LogColumn> columns;
  private final BufferedWriter writer;
  private final StringBuilder line = new StringBuilder(1024);
  private long rows;

  /** Opens {@code out} (replacing it) for rows of {@code columns}. */
  public LogWriter(Path out, List<LogColumn> columns) throws IOException {
    this.out = out;
    this.kind = LogSource.kindOf(out);
    this.columns = List.copyOf(columns);
    this.text = kind == LogSource.Kind.PARQUET ? out.resolveSibling(out.getFileName() + ".tmp.csv") : out;
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    this.writer = Files.newBufferedWriter(text, StandardCharsets.UTF_8);
    if (kind != LogSource.Kind.JSON_LINES) {
      writer.write(columns.stream().map(LogColumn::name).collect(Collectors.joining(",")));
      writer.newLine();
    }
  }

  /** Writes one row, a value per column in column order. */
  public void write(Object... values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException("a row needs " + columns.size() + " values, found " + values.length);
    }
    line.setLength(0);
    boolean json = kind == LogSource.Kind.JSON_LINES;
    if (json) {
      line.append('{');
    }
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        line.append(',');
      }
      if (json) {
        line.append('"').append(columns.get(i).name()).append("\":");
      }
      append(values[i], json);
    }
    if (json) {
      line.append('}');
    }
    try {
      writer.append(line).append('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + text + ": " + e.getMessage(), e);
    }
    rows++;
  }

  private void append(Object value, boolean json) {
    if (value == null || value instanceof Double d && d.isNaN()) {
      line.append(json ? "null" : "");
    } else if (value instanceof Boolean b) {
      line.append(b ? '1' : '0');
    } else if (value instanceof Double d && d.isInfinite()) {
      line.append(json ? "\"" : "").append(d > 0 ? "inf" : "-inf").append(json ? "\"" : "");
    } else if (value instanceof Number) {
      line.append(value);
    } else {
      String s = value.toString();
      if (json) {
        line.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
      } else if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0) {
        line.append('"').append(s.replace("\"", "\"\"")).append('"');
      } else {
        line.append(s);
      }
    }
  }

  /** Rows written so far. */
  public long rows() {
    return rows;
  }

  @Override
  public void close() throws IOException {
    writer.close();
    if (kind != LogSource.Kind.PARQUET) {
      return;
    }
    String types = columns.stream().map(c -> "'" + c.name() + "': '" + c.type() + "'")
        .collect(Collectors.joining(", "));
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement()) {
      statement.execute("SET memory_limit = '256MB'");
      statement.execute("COPY (SELECT * FROM read_csv(" + literal(text) + ", header = true, delim = ',', "
          + "quote = '\"', auto_detect = false, columns = {" + types + "})) TO " + literal(out)
          + " (FORMAT PARQUET, COMPRESSION ZSTD)");
    } catch (SQLException e) {
      throw new IOException("cannot write " + out + ": " + e.getMessage(), e);
    } finally {
      Files.deleteIfExists(text);
    }
  }

  private static String literal(Path path) {
    return "'" + path.toString().replace("'", "''") + "'";
  }
}
