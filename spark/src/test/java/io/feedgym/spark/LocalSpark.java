package io.feedgym.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one SparkSession of the test JVM: local[2], no UI, few shuffle partitions, and 64 KB file splits so that even
 * the tests' small files are read in several splits (which the row numbering must get right).
 */
public final class LocalSpark {
  private static SparkSession spark;

  private LocalSpark() {}

  public static synchronized SparkSession get() {
    if (spark == null) {
      spark = SparkSession.builder().master("local[2]").appName("feedgym-spark-tests")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "3")
          .config("spark.sql.files.maxPartitionBytes", "65536")
          .config("spark.sql.files.openCostInBytes", "0")
          .config("spark.sql.codegen.wholeStage", "false")
          .getOrCreate();
      spark.sparkContext().setLogLevel("WARN");
    }
    return spark;
  }
}
