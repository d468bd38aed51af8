package io.feedgym.spark.read;

import com.google.common.collect.PeekingIterator;
import io.feedgym.offline.read.RowCursor;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The rows of one file within a partition of a {@link LogInput}, as the offline reader's {@link RowCursor}: it
 * stops where the next row belongs to another file. Not thread-safe.
 */
final class SparkRowCursor implements RowCursor {
  private final PeekingIterator<Row> rows;
  private final int file;
  private final List<String> columns;
  private final boolean[] doubles;
  private Row current;

  SparkRowCursor(PeekingIterator<Row> rows, int file, StructType schema) {
    this.rows = rows;
    this.file = file;
    String[] names = schema.fieldNames();
    this.columns = List.of(names).subList(LogInput.EXTRA, names.length);
    this.doubles = new boolean[columns.size()];
    for (int c = 0; c < doubles.length; c++) {
      var type = schema.fields()[LogInput.EXTRA + c].dataType();
      doubles[c] = type.equals(DataTypes.DoubleType) || type.equals(DataTypes.FloatType);
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
    if (!rows.hasNext() || rows.peek().getInt(0) != file) {
      return false;
    }
    current = rows.next();
    return true;
  }

  @Override
  public long row() {
    return current.getLong(2);
  }

  @Override
  public Object value(int column) {
    return current.get(LogInput.EXTRA + column);
  }

  @Override
  public double doubleValue(int column) {
    int c = LogInput.EXTRA + column;
    return current.isNullAt(c) ? Double.NaN : ((Number) current.get(c)).doubleValue();
  }
}
