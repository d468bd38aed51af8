package io.feedgym.rl4j;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Trains FeedGym's DQN and RL4J's {@code QLearningDiscreteDense} on CartPole-v1 in one run, one after the
 * other, with the same settings ({@link MatchedSettings#cartPole}: network, optimizer, batch, replay,
 * target copies, ε schedule, time limit, step budget), the same seed split and the same 20 evaluation
 * episodes, and prints wall time, steps/s and final greedy return of both, their ratio, and a JSON line.
 *
 * <p>FeedGym runs first, as a child JVM ({@link FeedGymTraining}: it needs DL4J 1.0.0-M2.1), then RL4J
 * runs in this JVM (DL4J 1.0.0-M1.1). Wall time is the training loop only on both sides: no JVM start, no
 * network construction, no evaluation. Run it with {@code OMP_NUM_THREADS=1} ({@code bin/rl4j-compare}
 * does) on an otherwise idle machine; the JSON records the load average before and after each side.
 *
 * <p>What stays different, because RL4J offers no setting for it: RL4J runs two batch-1 forward passes per
 * step (the greedy action and a Q statistic) where FeedGym acts on a plain-Java copy of the network; it
 * trains once more at the end of every episode and so copies its target network slightly more often
 * (every 500 updates, where FeedGym copies every 500 steps); its MSE averages over all outputs with
 * untaken actions' labels set to their current values (half FeedGym's gradient with two actions, which
 * Adam cancels); it initialises weights with Xavier from a fixed seed where FeedGym draws
 * U(±1/√fan_in) from the run seed.
 */
@Command(name = "rl4j-compare", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Train FeedGym's DQN and RL4J's QLearningDiscreteDense on cartpole-v1 with matched settings "
        + "and compare wall time, steps/s and final greedy return; the last line of stdout is JSON.")
public final class Rl4jComparison implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Option(names = "--steps", paramLabel = "N", defaultValue = "100000",
      description = "Environment steps for each learner; default: ${DEFAULT-VALUE}.")
  private long steps;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Run seed (split into env, agent and eval seeds as feedgym train does); default: ${DEFAULT-VALUE}.")
  private long seed;

  @Option(names = "--eval-episodes", paramLabel = "K", defaultValue = "20",
      description = "Greedy evaluation episodes after training, positive; default: ${DEFAULT-VALUE}.")
  private int evalEpisodes;

  @Option(names = "--feedgym-jar", paramLabel = "JAR", defaultValue = "examples/target/feedgym.jar",
      description = "The FeedGym CLI jar; default: ${DEFAULT-VALUE}.")
  private Path feedGymJar;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Directory for FeedGym's run and comparison.json; default: runs/rl4j-compare-s<seed>-<yyyyMMdd-HHmmss>.")
  private Path out;

  public static void main(String[] args) {
    System.exit(new CommandLine(new Rl4jComparison()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    if (evalEpisodes <= 0) {
      throw new IllegalArgumentException("--eval-episodes must be positive, found " + evalEpisodes);
    }
    MatchedSettings settings = MatchedSettings.cartPole(steps);
    RunSeeds seeds = RunSeeds.from(seed);
    Path dir = out != null ? out : Path.of("runs", "rl4j-compare-s" + seed + "-"
        + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
    Files.createDirectories(dir);
    System.out.printf(Locale.ROOT, "cartpole-v1, %d steps, seed %d, OMP_NUM_THREADS=%s, %d CPUs%n", steps, seed,
        System.getenv().getOrDefault("OMP_NUM_THREADS", "unset"), Runtime.getRuntime().availableProcessors());

    double loadBeforeFeedGym = loadAverage();
    ComparisonRow feedGym = FeedGymTraining.run(feedGymJar, settings, seeds, evalEpisodes, dir.resolve("feedgym"));
    double loadAfterFeedGym = loadAverage();
    System.out.println("FeedGym done: " + feedGym.line().strip());
    ComparisonRow rl4j = Rl4jTraining.run(settings, seeds, evalEpisodes);
    double loadAfterRl4j = loadAverage();

    double ratio = feedGym.stepsPerSecond() / rl4j.stepsPerSecond();
    System.out.println(ComparisonRow.header(evalEpisodes));
    System.out.println(feedGym.line());
    System.out.println(rl4j.line());
    System.out.printf(Locale.ROOT, "steps/s ratio FeedGym / RL4J: %.2f×; final return FeedGym %.1f vs RL4J %.1f%n",
        ratio, feedGym.meanReturn(), rl4j.meanReturn());

    ObjectNode json = JSON.createObjectNode();
    json.put("env", Rl4jTraining.ENV_ID).put("seed", seed).put("steps", steps).put("eval_episodes", evalEpisodes);
    json.set("feedgym", row(feedGym));
    json.set("rl4j", row(rl4j));
    json.put("steps_per_second_ratio", Math.round(ratio * 100) / 100.0);
    json.put("load_average_before", loadBeforeFeedGym).put("load_average_between", loadAfterFeedGym)
        .put("load_average_after", loadAfterRl4j);
    String line = JSON.writeValueAsString(json);
    Files.writeString(dir.resolve("comparison.json"), line + "\n");
    System.out.println(line);
    return 0;
  }

  private static ObjectNode row(ComparisonRow row) {
    return JSON.createObjectNode()
        .put("learner", row.description())
        .put("steps", row.steps())
        .put("wall_seconds", Math.round(row.wallSeconds() * 1000) / 1000.0)
        .put("steps_per_second", Math.round(row.stepsPerSecond() * 10) / 10.0)
        .put("mean_return", row.meanReturn())
        .put("std_return", Math.round(row.stdReturn() * 1000) / 1000.0);
  }

  /** The one-minute system load average to two decimals, or −1 where the platform has none. */
  private static double loadAverage() {
    return Math.round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() * 100) / 100.0;
  }
}
