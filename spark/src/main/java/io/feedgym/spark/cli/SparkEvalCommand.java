package io.feedgym.spark.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.feedgym.rewards.registry.RewardSelection;
import io.feedgym.runner.CheckpointInfo;
import io.feedgym.runner.EvalResult;
import io.feedgym.spark.rollout.DistributedRollouts;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code feedgym-spark eval}: evaluates a baseline policy or a checkpoint over simulated sessions spread over the
 * cluster, with {@code feedgym eval}'s seeds; the last line is {@code feedgym eval}'s JSON summary.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Distributed rollouts of a baseline policy or a checkpoint's greedy policy (docs/scale-out.md).",
        "Episode i starts from reset(eval seed + i) as in feedgym eval; the last line of stdout is its JSON summary."})
final class SparkEvalCommand implements Callable<Integer> {
  private static final ObjectMapper SNAKE = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .setDefaultPropertyInclusion(JsonInclude.Include.NON_EMPTY);

  @Option(names = "--env", paramLabel = "ID",
      description = "Environment id, e.g. feed-v0; with --checkpoint it defaults to the checkpoint's environment.")
  private String env;

  @ArgGroup(exclusive = true, multiplicity = "1")
  private Source source;

  /** What is evaluated: exactly one of a baseline policy and a checkpoint. */
  static final class Source {
    @Option(names = "--policy", paramLabel = "NAME", required = true,
        description = "A baseline policy, as feedgym eval --policy names it (myopic, quality-diversity, random, ...).")
    String policy;

    @Option(names = "--checkpoint", paramLabel = "DIR", required = true,
        description = "A checkpoint directory written by feedgym train or feedgym offline (holding agent.json); "
            + "shipped to the executors.")
    String checkpoint;
  }

  @Option(names = "--episodes", paramLabel = "N", defaultValue = "20", description = "Episodes; default: 20.")
  private int episodes;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Run seed; default: 1.")
  private long seed;

  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = "An environment override, or reward=SPEC to replace the environment's reward; repeatable.")
  private Map<String, String> overrides = new LinkedHashMap<>();

  @Mixin
  private FeedGymSpark.SparkOptions sparkOptions = new FeedGymSpark.SparkOptions();

  @Override
  public Integer call() throws Exception {
    Map<String, String> envOverrides = new LinkedHashMap<>(overrides);
    String reward = envOverrides.remove("reward");
    DistributedRollouts.Job job = new DistributedRollouts.Job(env, envOverrides, reward, source.policy,
        source.checkpoint, episodes, seed);
    SparkSession spark = sparkOptions.session("eval");
    long start = System.nanoTime();
    int partitions = sparkOptions.partitions(spark);
    EvalResult result = DistributedRollouts.evaluate(JavaSparkContext.fromSparkContext(spark.sparkContext()), job,
        partitions);
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<String, Object> summary = new LinkedHashMap<>();
    Optional<RewardSelection> rewardUsed = job.rewardSelection();
    if (source.checkpoint != null) {
      CheckpointInfo info = CheckpointInfo.read(Path.of(source.checkpoint));
      summary.put("env", env != null ? env : info.envId());
      summary.put("agent", info.agentId());
      summary.put("checkpoint", Path.of(source.checkpoint).toAbsolutePath().normalize().toString());
      rewardUsed = rewardUsed.or(info::reward);
    } else {
      summary.put("env", env);
      summary.put("policy", source.policy);
    }
    rewardUsed.ifPresent(r -> summary.put("reward", r));
    System.out.printf(Locale.ROOT, "evaluated %s on %s over %d episodes: mean return %.2f (stderr %.2f, std %.2f)"
        + "; %d partitions, %.1f rollouts/s%n", source.policy != null ? source.policy + " policy"
        : summary.get("agent") + " checkpoint", summary.get("env"), result.episodes(), result.meanReturn(),
        result.stderrReturn(), result.stdReturn(), partitions, episodes / seconds);
    summary.put("seed", seed);
    summary.put("wall_seconds", Math.round(seconds * 1000) / 1000.0);
    summary.put("eval", result);
    System.out.println(SNAKE.writeValueAsString(summary));
    spark.stop();
    return 0;
  }
}
