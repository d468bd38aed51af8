package io.feedgym.spark.cli;

import io.feedgym.offline.ope.Estimate;
import io.feedgym.offline.ope.OpeConfig;
import io.feedgym.spark.ope.DistributedOpe;
import io.feedgym.spark.read.LogInput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code feedgym-spark ope}: off-policy evaluation of a built-in target policy on a log, with the offline module's
 * estimators and Poisson-bootstrap intervals. JSON summary last, with {@code feedgym ope}'s keys.
 */
@Command(name = "ope", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Off-policy evaluation on Spark (docs/scale-out.md); the last line of stdout is a JSON summary."})
final class SparkOpeCommand implements Callable<Integer> {
  @Option(names = "--data", paramLabel = "PATH", required = true, description = "A .csv, .jsonl or .parquet log.")
  private String data;

  @Option(names = "--target", paramLabel = "POLICY", required = true,
      description = "uniform, myopic, popularity, quality-diversity, softmax[:T] or epsilon-greedy[:E].")
  private String target;

  @Option(names = "--estimators", paramLabel = "LIST", defaultValue = "dm,ips,snips,dr",
      description = "Comma-separated: dm, ips, snips, dr, switch-dr, slate-ips, iips, rips, pi; "
          + "default: ${DEFAULT-VALUE}.")
  private String estimators;

  @Option(names = "--logging", paramLabel = "POLICY",
      description = "The logging policy, when known (needed by iips below the top position and by pi).")
  private String logging;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Bootstrap seed; default: 1.")
  private long seed;

  @Option(names = "--resamples", paramLabel = "B", description = "Poisson bootstrap replicates; default: 200.")
  private Integer resamples;

  @Option(names = "--confidence", paramLabel = "C", description = "Interval coverage in (0, 1); default: 0.95.")
  private Double confidence;

  @Option(names = "--lenient", description = "Skip (and count) the sessions that hold bad rows instead of failing.")
  private boolean lenient;

  @Mixin
  private FeedGymSpark.SparkOptions sparkOptions = new FeedGymSpark.SparkOptions();

  @Override
  public Integer call() throws Exception {
    OpeConfig d = OpeConfig.defaults();
    DistributedOpe.Job job = new DistributedOpe.Job(target, logging, List.of(estimators.split(",")),
        resamples == null ? d.resamples() : resamples, confidence == null ? d.confidence() : confidence, seed,
        d.ridge(), d.switchTau());
    SparkSession spark = sparkOptions.session("ope");
    long start = System.nanoTime();
    DistributedOpe.Result result = DistributedOpe.evaluate(spark,
        LogInput.read(spark, data, sparkOptions.partitions(spark)), job, lenient);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.println(result.read().describe());
    for (Estimate e : result.estimates()) {
      System.out.printf(Locale.ROOT, "%-10s %-11s %10.4f   [%8.4f, %8.4f] ESS %9.1f%n", e.estimator(),
          e.estimand().id(), e.value(), e.low(), e.high(), e.diagnostics().ess());
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("data", data);
    summary.put("target", target);
    summary.put("logging", logging);
    summary.put("sessions", result.read().sessions());
    summary.put("seed", seed);
    summary.put("confidence", job.confidence());
    summary.put("bootstrap", "poisson");
    summary.put("logged", result.logged());
    summary.put("estimates", result.estimates().stream().map(SparkOpeCommand::json).toList());
    summary.put("read", result.read().toMap());
    summary.put("partitions", sparkOptions.partitions(spark));
    summary.put("seconds", seconds);
    summary.put("rows_per_second", result.read().rows() / seconds);
    System.out.println(FeedGymSpark.MAPPER.writeValueAsString(summary));
    spark.stop();
    return 0;
  }

  private static Map<String, Object> json(Estimate e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("estimator", e.estimator());
    m.put("estimand", e.estimand().id());
    m.put("value", finite(e.value()));
    m.put("low", finite(e.low()));
    m.put("high", finite(e.high()));
    m.put("stderr", finite(e.stderr()));
    m.put("sessions", e.sessions());
    m.put("ess", finite(e.diagnostics().ess()));
    m.put("max_weight", finite(e.diagnostics().maxWeight()));
    m.put("mean_weight", finite(e.diagnostics().meanWeight()));
    return m;
  }

  private static Double finite(double x) {
    return Double.isFinite(x) ? x : null;
  }
}
