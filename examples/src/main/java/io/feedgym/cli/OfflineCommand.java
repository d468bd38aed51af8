package io.feedgym.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.google.common.collect.ImmutableMap;
import io.feedgym.agents.Agents;
import io.feedgym.agents.offline.OfflineDataset;
import io.feedgym.agents.offline.OfflineSlateAgent;
import io.feedgym.config.ConfigBinder;
import io.feedgym.env.Environment;
import io.feedgym.policies.Baselines;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.registry.Envs;
import io.feedgym.env.spaces.Slate;
import io.feedgym.io.AtomicFiles;
import io.feedgym.offline.convert.LoggedTransition;
import io.feedgym.offline.convert.TransitionConverter;
import io.feedgym.offline.convert.TransitionShardReader;
import io.feedgym.offline.logging.LoggingPolicy;
import io.feedgym.offline.read.LogReader;
import io.feedgym.offline.read.LogSource;
import io.feedgym.offline.read.ReadOptions;
import io.feedgym.offline.read.ReadReport;
import io.feedgym.policies.Policy;
import io.feedgym.random.SplitMix;
import io.feedgym.replay.feed.FeedTransition;
import io.feedgym.rewards.NonFiniteRewardException;
import io.feedgym.rewards.registry.RewardSelection;
import io.feedgym.runner.CheckpointInfo;
import io.feedgym.runner.EvalResult;
import io.feedgym.runner.Evaluator;
import io.feedgym.runner.RunSeeds;
import io.feedgym.runner.TrainingDivergedException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code feedgym offline}: trains offline agents on a logged-session file alone (docs/offline/training.md),
 * writes each one's checkpoint (readable by {@code feedgym eval --checkpoint}) and, with {@code --env}, evaluates
 * them, the logging policy and the baselines on the same simulator episodes. The last line of stdout is a JSON
 * summary.
 */
@Command(name = "offline", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Train offline agents from a log (no environment interaction) and evaluate them in the simulator.",
        "Agents: bc (behaviour cloning), dqn (fitted SlateQ), bcq (discrete BCQ), cql (CQL(H)); a comma-separated "
            + "list trains each on the same data with the same seed. The last line of stdout is a JSON summary."})
final class OfflineCommand implements Callable<Integer> {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .setDefaultPropertyInclusion(JsonInclude.Include.NON_EMPTY);
  private static final String SPACES_ENV = "feed-v0";

  @Spec
  private CommandSpec spec;

  @Option(names = "--data", paramLabel = "FILE", required = true,
      description = "The log (.csv, .csv.gz, .jsonl or .parquet) in the logged-session schema, with every candidate, "
          + "or a directory of transition shards from 'feedgym-spark convert' (trained on the shards' rewards).")
  private Path data;

  @Option(names = "--agent", paramLabel = "AGENT", required = true, split = ",",
      description = "bc, dqn, bcq or cql; several comma-separated (e.g. bc,dqn,bcq,cql).")
  private List<String> agents;

  @Option(names = "--steps", paramLabel = "N", defaultValue = "5000",
      description = "Gradient updates per agent, positive; default: ${DEFAULT-VALUE}.")
  private long steps;

  @Option(names = "--env", paramLabel = "ID",
      description = "Evaluate in this environment (its spaces must match the log); without it nothing is evaluated "
          + "and the agents are built for " + SPACES_ENV + "'s spaces.")
  private String env;

  @Option(names = "--episodes", paramLabel = "N", defaultValue = "200",
      description = "Evaluation episodes with --env, positive; default: ${DEFAULT-VALUE}.")
  private int episodes;

  @Option(names = "--logging-policy", paramLabel = "NAME",
      description = "With --env, also evaluate the policy that wrote the log: softmax, epsilon-greedy or uniform, "
          + "with --temperature, --epsilon and --score as 'feedgym log' took them.")
  private String loggingPolicy;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Seed of the agents (networks, minibatches) and of the evaluation episodes; default: ${DEFAULT-VALUE}.")
  private long seed;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Output directory (one checkpoint per agent, summary.json); default: runs/offline-<time>.")
  private Path out;

  @Mixin
  private LoggingPolicyOptions loggingOptions;

  @Mixin
  private OverrideOptions overrides;

  @Override
  public Integer call() throws IOException {
    if (steps <= 0) {
      throw new IllegalArgumentException("--steps must be positive, found " + steps);
    }
    if (episodes <= 0) {
      throw new IllegalArgumentException("--episodes must be positive, found " + episodes);
    }
    List<String> ids = agents.stream().map(OfflineCommand::agentId).distinct().toList();
    String envId = env == null ? SPACES_ENV : env;
    Overrides routed = Overrides.route(overrides.assignments(), envId, Optional.of(ids.get(0)));
    RewardSelection reward = routed.reward(Optional.empty()).orElse(RewardSelection.of("clicks:1", Map.of()));
    Path dir = out != null ? out : Path.of("runs", "offline-"
        + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
    PrintWriter stdout = spec.commandLine().getOut();
    long readStart = System.nanoTime();
    boolean shards = Files.isDirectory(data);
    OfflineDataset dataset = shards ? readShards(data) : read(data, new TransitionConverter(reward.reward()));
    stdout.printf(Locale.ROOT, "read %d sessions (%d pages) from %s in %.1f s; reward %s%n", dataset.episodes(),
        dataset.pages(), data, (System.nanoTime() - readStart) / 1e9,
        shards ? "as the shards were converted (evaluation: " + reward.sum() + ")" : reward.sum());
    RunSeeds seeds = RunSeeds.from(seed);
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("data", data.toAbsolutePath().normalize().toString());
    summary.put("sessions", dataset.episodes());
    summary.put("pages", dataset.pages());
    summary.put("env", env);
    summary.put("reward", reward.sum());
    summary.put("seed", seed);
    summary.put("steps", steps);
    summary.put("out", dir.toAbsolutePath().normalize().toString());
    Map<String, EvalResult> results = new LinkedHashMap<>();
    Map<String, Object> trained = new LinkedHashMap<>();
    try (Environment<?, ?> environment = RewardedEnv.make(envId, routed.env(), Optional.of(reward))) {
      Evaluator evaluator = new Evaluator(episodes, seeds.eval());
      for (String id : ids) {
        Map<String, Object> entry = new LinkedHashMap<>();
        OfflineSlateAgent agent = (OfflineSlateAgent) Agents.make(id, environment, routed.agent(), seeds.agent(), steps);
        long start = System.nanoTime();
        entry.put("final_losses", train(agent, dataset));
        double seconds = (System.nanoTime() - start) / 1e9;
        entry.put("wall_seconds", TrainCommand.round(seconds, 3));
        Path checkpoint = dir.resolve(id).resolve("checkpoint");
        agent.save(checkpoint);
        new CheckpointInfo(envId, ImmutableMap.copyOf(ConfigBinder.describe(Envs.config(envId, routed.env()))), id,
            ImmutableMap.copyOf(ConfigBinder.describe(agent.config())), Optional.of(reward)).write(checkpoint);
        entry.put("checkpoint", checkpoint.toAbsolutePath().normalize().toString());
        stdout.printf(Locale.ROOT, "trained %s for %d updates in %.1f s (%.0f updates/s); losses %s; checkpoint %s%n",
            id, steps, seconds, steps / seconds, entry.get("final_losses"), checkpoint);
        if (env != null) {
          EvalResult result = evaluate(environment, agent.greedy(), evaluator);
          results.put(id, result);
          entry.put("eval", result);
        }
        trained.put(id, entry);
      }
      summary.put("agents", trained);
      if (env != null) {
        Map<String, EvalResult> others = evaluateOthers(environment, evaluator, seeds);
        results.putAll(others);
        Optional.ofNullable(others.remove("logging")).ifPresent(r -> summary.put("logging_policy", r));
        summary.put("baselines", others);
        printTable(stdout, results);
      }
    }
    Files.createDirectories(dir);
    String json = MAPPER.writeValueAsString(summary);
    AtomicFiles.writeString(dir.resolve("summary.json"), json + "\n");
    stdout.println(json);
    stdout.flush();
    return 0;
  }

  /** The registry id of CLI agent {@code name}. */
  private static String agentId(String name) {
    return switch (name) {
      case "bc", "dqn", "bcq", "cql" -> "offline-" + name;
      default -> throw new IllegalArgumentException("--agent must be bc, dqn, bcq or cql, found '" + name + "'");
    };
  }

  /** The log's sessions converted into transitions; a transition that cannot be built names file, session and page. */
  private static OfflineDataset read(Path file, TransitionConverter converter) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("--data " + file + ": no such file");
    }
    List<List<FeedTransition>> episodes = new ArrayList<>();
    ReadReport report = new LogReader(ReadOptions.defaults()).read(LogSource.file(file), session -> {
      List<FeedTransition> episode = new ArrayList<>();
      try {
        for (LoggedTransition t : converter.convert(session)) {
          episode.add(t.transition());
        }
      } catch (IllegalArgumentException | NonFiniteRewardException e) {
        throw new IllegalArgumentException(file + ", session " + session.sessionId() + ": " + e.getMessage(), e);
      }
      episodes.add(episode);
    });
    if (report.sessions() == 0) {
      throw new IllegalArgumentException("--data " + file + ": the log holds no sessions");
    }
    return OfflineDataset.of(episodes);
  }

  /** The episodes of the transition shards under {@code dir}, with the rewards they were converted with. */
  private static OfflineDataset readShards(Path dir) throws IOException {
    List<List<FeedTransition>> episodes = new ArrayList<>();
    new TransitionShardReader(ReadOptions.defaults()).read(dir, episodes::add);
    if (episodes.isEmpty()) {
      throw new IllegalArgumentException("--data " + dir + ": the shards hold no sessions");
    }
    return OfflineDataset.of(episodes);
  }

  /** {@code steps} updates; a loss that is not finite stops training (exit code 1). Returns the last losses. */
  private Map<String, Double> train(OfflineSlateAgent agent, OfflineDataset dataset) {
    Map<String, Double> last = Map.of();
    for (long u = 1; u <= steps; u++) {
      Map<String, Double> metrics = agent.update(dataset);
      for (var m : metrics.entrySet()) {
        if (!Double.isFinite(m.getValue())) {
          throw new TrainingDivergedException(agent.id() + ", update " + u + ": " + m.getKey() + " = " + m.getValue()
              + ", training stopped (nothing saved); last finite values: " + (last.isEmpty() ? "none" : last)
              + ". Lower learning_rate or check the reward scale.");
        }
      }
      last = metrics;
    }
    return new TreeMap<>(last);
  }

  /** The logging policy (when named) and every baseline that can act in {@code environment}, on the same episodes. */
  private Map<String, EvalResult> evaluateOthers(Environment<?, ?> environment, Evaluator evaluator, RunSeeds seeds) {
    Map<String, EvalResult> results = new LinkedHashMap<>();
    if (loggingPolicy != null) {
      @SuppressWarnings("unchecked")
      Environment<FeedObservation, int[]> feed = (Environment<FeedObservation, int[]>) environment;
      int k = ((Slate) feed.actionSpace()).k();
      LoggingPolicy logging = loggingOptions.policy(loggingPolicy, k);
      SplitMix random = new SplitMix(seeds.agent());
      Policy<FeedObservation, int[]> player = page -> logging.draw(page, random).slate().toArray();
      results.put("logging", evaluator.evaluate(feed, player));
    }
    for (String name : Baselines.applicable(environment)) {
      results.put(name, evaluate(environment, Baselines.make(name, environment, seeds.agent()), evaluator));
    }
    return results;
  }

  @SuppressWarnings("unchecked")
  private static <O, A> EvalResult evaluate(Environment<O, A> environment, Policy<?, ?> policy, Evaluator evaluator) {
    return evaluator.evaluate(environment, (Policy<O, A>) policy);
  }

  /** Every policy, best mean return first, with its gap to behaviour cloning and to the logging policy in stderrs. */
  private static void printTable(PrintWriter out, Map<String, EvalResult> results) {
    EvalResult bc = results.get("offline-bc");
    EvalResult logging = results.get("logging");
    out.printf(Locale.ROOT, "%-18s %12s %8s %20s %20s%n", "policy", "mean return", "stderr", "− offline-bc",
        "− logging");
    results.entrySet().stream()
        .sorted((a, b) -> Double.compare(b.getValue().meanReturn(), a.getValue().meanReturn()))
        .forEach(row -> out.printf(Locale.ROOT, "%-18s %12.2f %8.2f %20s %20s%n", row.getKey(),
            row.getValue().meanReturn(), row.getValue().stderrReturn(), gap(row.getValue(), bc),
            gap(row.getValue(), logging)));
  }

  private static String gap(EvalResult result, EvalResult reference) {
    if (reference == null || reference == result) {
      return "";
    }
    double diff = result.meanReturn() - reference.meanReturn();
    double stderr = Math.hypot(result.stderrReturn(), reference.stderrReturn());
    return String.format(Locale.ROOT, "%+.2f (%+.1f se)", diff, stderr > 0 ? diff / stderr : 0);
  }
}
