package io.feedgym.spark.read;

import com.google.common.collect.Iterators;
import io.feedgym.offline.LoggedSession;
import io.feedgym.offline.read.LogSource;
import io.feedgym.offline.read.SessionStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A logged-session file (CSV, JSON Lines or Parquet, by extension as {@link LogSource#kindOf} tells) read by Spark
 * into rows grouped by session: every row gets its 1-based data row in its file (from the split it was read in and
 * the row counts of the file's earlier splits), rows are hash-partitioned by (file, session id) and sorted by
 * (file, session id, row) within each partition, so that each session's rows arrive together and in file order.
 * CSV and JSON values are read as text, as the single-machine reader reads them, so that the offline parser
 * checks them. Immutable.
 *
 * @param files the files' names as errors give them, by file index
 * @param rows the sorted rows: file index, session key, data row, then the log's own columns
 */
public record LogInput(List<String> files, Dataset<Row> rows) {
  /** The columns in front of the log's own. */
  public static final int EXTRA = 3;
  private static final String FILE = "_metadata.file_path";
  private static final String BLOCK = "_metadata.file_block_start";

  /** Reads {@code path} (a file, or a directory of files of one format) in {@code partitions} session partitions. */
  public static LogInput read(SparkSession spark, String path, int partitions) {
    Dataset<Row> raw = load(spark, path);
    Dataset<Row> located = raw.select(functions.col("*"), functions.col(FILE).as("_fg_path"),
        functions.col(BLOCK).as("_fg_block"));
    Map<String, TreeMap<Long, Long>> counts = new HashMap<>();
    for (Row r : located.groupBy("_fg_path", "_fg_block").count().collectAsList()) {
      counts.computeIfAbsent(r.getString(0), k -> new TreeMap<>()).put(r.getLong(1), r.getLong(2));
    }
    List<String> paths = new ArrayList<>(counts.keySet());
    paths.sort(null);
    Map<String, Offsets> offsets = new HashMap<>();
    for (int f = 0; f < paths.size(); f++) {
      Map<Long, Long> first = new HashMap<>();
      long before = 0;
      for (var e : counts.get(paths.get(f)).entrySet()) {
        first.put(e.getKey(), before);
        before += e.getValue();
      }
      offsets.put(paths.get(f), new Offsets(f, first));
    }
    List<String> names = paths.size() == 1 ? List.of(path) : paths;
    int width = raw.schema().size();
    int sessionColumn = List.of(raw.schema().fieldNames()).indexOf(io.feedgym.offline.LogSchema.SESSION_ID);
    Broadcast<Map<String, Offsets>> shared = spark.sparkContext().broadcast(offsets,
        scala.reflect.ClassTag$.MODULE$.apply(Map.class));
    JavaRDD<Row> numbered = located.javaRDD().mapPartitions(
        it -> new Numbering(it, shared.value(), width, sessionColumn));
    StructType schema = new StructType()
        .add("_fg_file", DataTypes.IntegerType, false)
        .add("_fg_key", DataTypes.LongType, false)
        .add("_fg_row", DataTypes.LongType, false);
    for (StructField field : raw.schema().fields()) {
      schema = schema.add(field);
    }
    Dataset<Row> sorted = spark.createDataFrame(numbered, schema)
        .repartition(partitions, functions.col("_fg_file"), functions.col("_fg_key"))
        .sortWithinPartitions("_fg_file", "_fg_key", "_fg_row");
    return new LogInput(List.copyOf(names), sorted);
  }

  /**
   * Checks the header on the driver (a missing required column fails here, as the single-machine reader fails),
   * then reads every session once: the merged counts and, sorted, the keys {@link #key} of the valid sessions.
   * Strict reading throws the error a sequential read would have stopped at.
   */
  public Validation validate(boolean lenient) {
    SessionStream.open(files.get(0), new SparkRowCursor(Iterators.peekingIterator(Collections.emptyIterator()), 0,
        rows.schema()), (e, order) -> { });
    List<String> names = files;
    StructType schema = rows.schema();
    List<Validation> parts = rows.javaRDD().mapPartitions(it -> {
      PartitionSessions sessions = new PartitionSessions(it, names, schema);
      List<Long> keys = new ArrayList<>();
      while (sessions.hasNext()) {
        PartitionSessions.Located s = sessions.next();
        keys.add(key(s.file(), s.session()));
      }
      return List.of(new Validation(sessions.tally(), keys.stream().mapToLong(Long::longValue).toArray()))
          .iterator();
    }).collect();
    ReadTally tally = new ReadTally();
    long[] keys = parts.stream().flatMapToLong(p -> java.util.Arrays.stream(p.sessionKeys())).sorted().toArray();
    parts.forEach(p -> tally.merge(p.tally()));
    if (!lenient) {
      tally.firstError().ifPresent(e -> {
        throw e;
      });
    }
    return new Validation(tally, keys);
  }

  /** The valid sessions, read where their rows lie (recomputed by each action on them, from the shuffle's files). */
  public JavaRDD<PartitionSessions.Located> sessions() {
    List<String> names = files;
    StructType schema = rows.schema();
    return rows.javaRDD().mapPartitions(it -> new PartitionSessions(it, names, schema));
  }

  /** A session's place in the log: its file index, then its first data row. */
  public static long key(int file, LoggedSession session) {
    return ((long) file << 42) | session.pages().get(0).firstRow();
  }

  /**
   * What validation found: the counts, and the keys of the valid sessions in log order (so that session i of the
   * log, as the single-machine reader numbers them, has the i-th key).
   */
  public record Validation(ReadTally tally, long[] sessionKeys) implements Serializable {}

  private static Dataset<Row> load(SparkSession spark, String path) {
    return switch (LogSource.kindOf(java.nio.file.Path.of(path))) {
      case CSV -> spark.read().option("header", "true").option("inferSchema", "false").csv(path);
      case JSON_LINES -> {
        StructType inferred = spark.read().json(path).schema();
        StructType text = new StructType();
        for (String name : inferred.fieldNames()) {
          text = text.add(name, DataTypes.StringType);
        }
        yield spark.read().schema(text).json(path);
      }
      case PARQUET -> spark.read().parquet(path);
      case QUERY -> throw new IllegalArgumentException("a query is not a file: " + path);
    };
  }

  /** A file's index and the first data row (0-based) of each of its splits, by the split's byte offset. */
  private record Offsets(int file, Map<Long, Long> firstRow) implements Serializable {}

  /**
   * Prefixes each row with its file index, session key and data row. The key is the session id where it reads as
   * an integer, else the previous row's key (the single-machine reader charges such a row to the session open
   * before it), else {@link Long#MIN_VALUE}; it only groups rows, the offline parser validates them.
   */
  private static final class Numbering implements Iterator<Row> {
    private final Iterator<Row> rows;
    private final Map<String, Offsets> offsets;
    private final int width;
    private final int sessionColumn;
    private String path;
    private long block = -1;
    private long next;
    private long key = Long.MIN_VALUE;

    Numbering(Iterator<Row> rows, Map<String, Offsets> offsets, int width, int sessionColumn) {
      this.rows = rows;
      this.offsets = offsets;
      this.width = width;
      this.sessionColumn = sessionColumn;
    }

    @Override
    public boolean hasNext() {
      return rows.hasNext();
    }

    @Override
    public Row next() {
      Row r = rows.next();
      String p = r.getString(width);
      long b = r.getLong(width + 1);
      if (!p.equals(path) || b != block) {
        path = p;
        block = b;
        next = offsets.get(p).firstRow().get(b);
        key = Long.MIN_VALUE;
      }
      next++;
      Long id = sessionColumn < 0 ? null : integer(r.get(sessionColumn));
      key = id != null ? id : key;
      Object[] values = new Object[EXTRA + width];
      values[0] = offsets.get(p).file();
      values[1] = key;
      values[2] = next;
      for (int c = 0; c < width; c++) {
        values[EXTRA + c] = r.get(c);
      }
      return RowFactory.create(values);
    }

    private static Long integer(Object v) {
      if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
        return ((Number) v).longValue();
      }
      if (v instanceof Number n) {
        double d = n.doubleValue();
        return d == Math.rint(d) && !Double.isInfinite(d) ? (long) d : null;
      }
      if (v == null) {
        return null;
      }
      try {
        return Long.parseLong(v.toString().strip());
      } catch (NumberFormatException e) {
        return null;
      }
    }
  }
}
