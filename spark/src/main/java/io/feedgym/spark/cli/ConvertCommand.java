package io.feedgym.spark.cli;

import io.feedgym.offline.read.ReadReport;
import io.feedgym.spark.convert.TransitionShards;
import io.feedgym.spark.read.LogInput;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code feedgym-spark convert}: validates a log as {@code feedgym read-log} does (strict, or lenient with skipped
 * rows counted by reason) and writes its page-level transitions as Parquet shards. JSON summary last.
 */
@Command(name = "convert", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Validate a logged-session file and write its transitions as Parquet shards (docs/scale-out.md).",
        "The last line of stdout is a one-line JSON summary."})
final class ConvertCommand implements Callable<Integer> {
  @Option(names = "--data", paramLabel = "PATH", required = true,
      description = "A .csv, .jsonl or .parquet log (a file, or a directory of part files), on a file system every "
          + "executor sees.")
  private String data;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "The shard directory; must not exist.")
  private String out;

  @Option(names = "--reward", paramLabel = "SPEC", defaultValue = "clicks:1",
      description = "The reward, as feedgym read-log takes it; default: ${DEFAULT-VALUE}.")
  private String reward;

  @Option(names = "--lenient", description = "Skip (and count) the sessions that hold bad rows instead of failing.")
  private boolean lenient;

  @Mixin
  private FeedGymSpark.SparkOptions sparkOptions = new FeedGymSpark.SparkOptions();

  @Override
  public Integer call() throws Exception {
    SparkSession spark = sparkOptions.session("convert");
    long start = System.nanoTime();
    LogInput input = LogInput.read(spark, data, sparkOptions.partitions(spark));
    ReadReport report = input.validate(lenient).tally().report();
    TransitionShards.write(spark, input, reward, out);
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("source", data);
    summary.putAll(report.toMap());
    summary.put("transitions", report.pages());
    summary.put("reward", reward);
    summary.put("out", out);
    summary.put("partitions", sparkOptions.partitions(spark));
    summary.put("seconds", seconds);
    summary.put("rows_per_second", report.rows() / seconds);
    System.out.println(report.describe());
    System.out.printf(Locale.ROOT, "%d transitions written to %s; %.0f rows/s%n", report.pages(), out,
        report.rows() / seconds);
    System.out.println(FeedGymSpark.MAPPER.writeValueAsString(summary));
    spark.stop();
    return 0;
  }
}
