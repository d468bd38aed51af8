package io.feedgym.spark.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.feedgym.offline.LogFormatException;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code feedgym-spark}: FeedGym's jobs on Apache Spark ({@code convert}, {@code ope}, {@code eval}), run by
 * {@code spark-submit --class io.feedgym.spark.cli.FeedGymSpark feedgym-spark.jar ...} on a cluster or by
 * {@code bin/feedgym-spark} locally. Bad input exits with status 2 and one line naming file, row and column.
 */
@Command(name = "feedgym-spark", mixinStandardHelpOptions = true,
    subcommands = {ConvertCommand.class, SparkOpeCommand.class, SparkEvalCommand.class},
    description = "FeedGym's log conversion, off-policy evaluation and rollouts on Apache Spark (docs/scale-out.md).")
public final class FeedGymSpark {
  static final ObjectMapper MAPPER = new ObjectMapper();

  /** Options every job shares. */
  static final class SparkOptions {
    @Option(names = "--master", paramLabel = "URL",
        description = "Spark master, e.g. local[2]; default: spark-submit's, else local[*].")
    String master;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
        description = "Partitions of the work; default (0): Spark's default parallelism.")
    int partitions;

    SparkSession session(String job) {
      SparkSession.Builder builder = SparkSession.builder().appName("feedgym-spark " + job);
      if (master != null) {
        builder.master(master);
      } else if (!new org.apache.spark.SparkConf().contains("spark.master")) {
        builder.master("local[*]");
      }
      SparkSession spark = builder.getOrCreate();
      spark.sparkContext().setLogLevel("WARN");
      return spark;
    }

    int partitions(SparkSession spark) {
      if (partitions < 0) {
        throw new IllegalArgumentException("--partitions must be >= 0, found " + partitions);
      }
      return partitions > 0 ? partitions : spark.sparkContext().defaultParallelism();
    }
  }

  private FeedGymSpark() {}

  public static void main(String[] args) {
    CommandLine cli = new CommandLine(new FeedGymSpark());
    cli.setExecutionExceptionHandler((e, line, parsed) -> {
      if (e instanceof IllegalArgumentException) {
        line.getErr().println("feedgym-spark: error: " + e.getMessage());
        return e instanceof LogFormatException ? 2 : 1;
      }
      throw e;
    });
    System.exit(cli.execute(args));
  }
}
