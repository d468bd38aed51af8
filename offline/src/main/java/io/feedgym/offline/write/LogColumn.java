package io.feedgym.offline.write;

import java.util.Objects;

/**
 * A column a {@link LogWriter} writes: its name and its SQL type, which Parquet files keep.
 *
 * @param name the column name, as in {@link io.feedgym.offline.LogSchema}
 * @param type the column's DuckDB type
 */
public record LogColumn(String name, Type type) {

  /** The DuckDB types of the schema's columns. */
  public enum Type {
    BIGINT, INTEGER, TINYINT, DOUBLE, VARCHAR
  }

  public LogColumn {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }
}
