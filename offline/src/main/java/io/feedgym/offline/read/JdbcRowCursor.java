package io.feedgym.offline.read;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/** A DuckDB result as a {@link RowCursor}: row n is the n-th row the result returns. Not thread-safe. */
final class JdbcRowCursor implements RowCursor {
  private final ResultSet result;
  private final List<String> columns = new ArrayList<>();
  private final boolean[] doubles;
  private long row;

  JdbcRowCursor(ResultSet result) throws SQLException {
    this.result = result;
    ResultSetMetaData meta = result.getMetaData();
    doubles = new boolean[meta.getColumnCount()];
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      columns.add(meta.getColumnLabel(i));
      doubles[i - 1] = meta.getColumnType(i) == Types.DOUBLE || meta.getColumnType(i) == Types.FLOAT;
    }
  }

  @Override
  public List<String> columns() {
    return columns;
  }

  @Override
  public boolean isDouble(int column) {
    return doubles[column];
  }

  @Override
  public boolean next() {
    try {
      if (!result.next()) {
        return false;
      }
    } catch (SQLException e) {
      throw new SqlFailure(e);
    }
    row++;
    return true;
  }

  @Override
  public long row() {
    return row;
  }

  @Override
  public Object value(int column) {
    try {
      return result.getObject(column + 1);
    } catch (SQLException e) {
      throw new Unreadable(e.getMessage(), e);
    }
  }

  @Override
  public double doubleValue(int column) {
    try {
      double x = result.getDouble(column + 1);
      return result.wasNull() ? Double.NaN : x;
    } catch (SQLException e) {
      throw new Unreadable(e.getMessage(), e);
    }
  }

  /** DuckDB failed while fetching rows (e.g. a CSV value it cannot convert); {@link LogReader} unwraps it. */
  static final class SqlFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SqlFailure(SQLException cause) {
      super(cause);
    }

    @Override
    public synchronized SQLException getCause() {
      return (SQLException) super.getCause();
    }
  }
}
