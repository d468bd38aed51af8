package io.feedgym.spark.convert;

import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feedback.PositionFeedback;
import io.feedgym.offline.LoggedSession;
import io.feedgym.offline.convert.LoggedTransition;
import io.feedgym.offline.convert.TransitionConverter;
import io.feedgym.spark.read.LogInput;
import io.feedgym.spark.read.PartitionSessions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Page-level transitions as Parquet shards, one row per logged page, converted by the offline module's
 * {@link TransitionConverter} (same reward functions as {@code feedgym read-log}). s′ is not stored: it is the
 * observation of the row with the same session and page + 1, or the row's own on a session's last page (as the
 * converter sets it). Columns are listed in {@link #SCHEMA} and docs/scale-out.md; the offline module's
 * {@link io.feedgym.offline.convert.TransitionShardReader} reads them back into episodes. Writes are atomic: the shards
 * go to a temporary directory beside the output, renamed into place when complete.
 */
public final class TransitionShards {
  private static final DataType DOUBLES = DataTypes.createArrayType(DataTypes.DoubleType, false);
  private static final DataType INTS = DataTypes.createArrayType(DataTypes.IntegerType, false);
  private static final DataType FLAGS = DataTypes.createArrayType(DataTypes.BooleanType, false);

  /** The shard schema. */
  public static final StructType SCHEMA = new StructType()
      .add("session_id", DataTypes.LongType, false)
      .add("user_id", DataTypes.StringType, false)
      .add("page", DataTypes.IntegerType, false)
      .add("first_row", DataTypes.LongType, false)
      .add("timestamp", DataTypes.StringType, false)
      .add("num_candidates", DataTypes.IntegerType, false)
      .add("num_item_features", DataTypes.IntegerType, false)
      .add("item_features", DOUBLES, false)
      .add("user_features", DOUBLES, false)
      .add("context", DOUBLES, false)
      .add("item_ids", INTS, false)
      .add("topics", INTS, false)
      .add("available", FLAGS, false)
      .add("slate", INTS, false)
      .add("propensities", DOUBLES, false)
      .add("slate_propensity", DataTypes.DoubleType, true)
      .add("examined", FLAGS, false)
      .add("clicks", FLAGS, false)
      .add("purchases", FLAGS, false)
      .add("prices", DOUBLES, false)
      .add("dwell", DOUBLES, false)
      .add("novel", FLAGS, false)
      .add("left", DataTypes.BooleanType, false)
      .add("return_gap", DataTypes.DoubleType, true)
      .add("reward", DataTypes.DoubleType, false)
      .add("reward_terms", DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType, false), false)
      .add("terminated", DataTypes.BooleanType, false)
      .add("truncated", DataTypes.BooleanType, false);

  private TransitionShards() {}

  /**
   * Converts the valid sessions of {@code input} with the reward {@code reward} (e.g. {@code clicks:1}) and writes
   * them to the directory {@code out}, which must not exist.
   */
  public static void write(SparkSession spark, LogInput input, String reward, String out) throws IOException {
    Path target = new Path(out);
    FileSystem fs = target.getFileSystem(spark.sparkContext().hadoopConfiguration());
    if (fs.exists(target)) {
      throw new IllegalArgumentException("--out " + out + " already exists; choose a new directory");
    }
    TransitionConverter.of(reward); // a bad reward fails here, on the driver
    JavaRDD<Row> rows = input.sessions().mapPartitions(sessions -> {
      TransitionConverter converter = TransitionConverter.of(reward);
      return flatten(sessions, s -> rows(s.session(), converter));
    });
    Path tmp = new Path(target.getParent(), target.getName() + ".tmp-" + System.nanoTime());
    try {
      spark.createDataFrame(rows, SCHEMA).write().mode(SaveMode.ErrorIfExists).parquet(tmp.toString());
      if (!fs.rename(tmp, target)) {
        throw new IOException("cannot rename " + tmp + " to " + out);
      }
    } finally {
      if (fs.exists(tmp)) {
        fs.delete(tmp, true);
      }
    }
  }

  /** The rows of {@code session}'s transitions, in page order. */
  public static List<Row> rows(LoggedSession session, TransitionConverter converter) {
    List<Row> out = new ArrayList<>();
    for (LoggedTransition t : converter.convert(session)) {
      out.add(row(session, t));
    }
    return out;
  }

  private static Row row(LoggedSession session, LoggedTransition t) {
    var page = t.page();
    FeedObservation s = page.observation();
    int n = s.numCandidates();
    int f = s.numFeatures();
    double[] features = new double[n * f];
    Boolean[] available = new Boolean[n];
    for (int c = 0; c < n; c++) {
      for (int j = 0; j < f; j++) {
        features[c * f + j] = s.feature(c, j);
      }
      available[c] = s.available(c);
    }
    var positions = page.feedback().positions();
    int k = positions.size();
    Boolean[] examined = new Boolean[k];
    Boolean[] clicks = new Boolean[k];
    Boolean[] purchases = new Boolean[k];
    Boolean[] novel = new Boolean[k];
    double[] dwell = new double[k];
    double[] prices = new double[k];
    for (int p = 0; p < k; p++) {
      PositionFeedback pf = positions.get(p);
      examined[p] = pf.examined();
      clicks[p] = pf.clicked();
      purchases[p] = pf.purchased();
      novel[p] = pf.novel();
      dwell[p] = pf.dwell();
      prices[p] = pf.price();
    }
    double gap = page.feedback().returnGap();
    return RowFactory.create(session.sessionId(), session.userId(), page.feedback().page(), page.firstRow(),
        page.timestamp(), n, f, boxed(features), boxed(s.user()), boxed(s.context()), boxed(s.items()),
        boxed(s.topics()), available, boxed(page.slate().toArray()), boxed(page.propensities().toArray()),
        page.slatePropensity().isPresent() ? page.slatePropensity().getAsDouble() : null, examined, clicks, purchases,
        boxed(prices), boxed(dwell), novel, page.feedback().left(), Double.isNaN(gap) ? null : gap, t.transition().reward(),
        CollectionConverters.asScala(t.terms().terms()), t.transition().terminated(), t.transition().truncated());
  }

  private static Double[] boxed(double[] x) {
    Double[] out = new Double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = x[i];
    }
    return out;
  }

  private static Integer[] boxed(int[] x) {
    Integer[] out = new Integer[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = x[i];
    }
    return out;
  }

  /** The elements of each item's list, lazily, item after item. */
  static <T, R> Iterator<R> flatten(Iterator<T> items, Function<T, List<R>> expand) {
    return com.google.common.collect.Iterators.concat(com.google.common.collect.Iterators.transform(items,
        item -> expand.apply(item).iterator()));
  }
}
