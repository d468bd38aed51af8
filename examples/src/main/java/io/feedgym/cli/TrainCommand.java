package io.feedgym.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableMap;
import io.feedgym.agents.Agents;
import io.feedgym.env.Environment;
import io.feedgym.policies.Baselines;
import io.feedgym.env.registry.Envs;
import io.feedgym.io.AtomicFiles;
import io.feedgym.policies.Agent;
import io.feedgym.rewards.registry.RewardSelection;
import io.feedgym.runner.CheckpointInfo;
import io.feedgym.runner.Checkpointing;
import io.feedgym.runner.EvalResult;
import io.feedgym.runner.Evaluation;
import io.feedgym.runner.Evaluator;
import io.feedgym.runner.LearningCurvePlot;
import io.feedgym.runner.Manifest;
import io.feedgym.runner.MetricsCsv;
import io.feedgym.runner.ProgressBar;
import io.feedgym.runner.Provenance;
import io.feedgym.runner.RunInfo;
import io.feedgym.runner.RunResult;
import io.feedgym.runner.RunSeeds;
import io.feedgym.runner.Runner;
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

import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code feedgym train}: trains a registered agent on a registered environment (rewarded by the reward
 * {@code --set reward=...} selects, if any) with the shared runner and writes metrics.csv,
 * learning_curve.png, checkpoint/, manifest.json and summary.json to the run directory; or, with
 * {@code --resume DIR}, continues the run in DIR from its checkpoint. The trained agent's final
 * evaluation is printed beside the baselines that apply to the environment, evaluated on the same
 * episodes. The last line of stdout is the JSON summary.
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Train an agent on an environment, evaluate it and save the run.",
        "Writes metrics.csv, learning_curve.png, checkpoint/, manifest.json and summary.json to the "
            + "run directory; the last line of stdout is a one-line JSON summary."})
final class TrainCommand implements Callable<Integer> {
  /** Update metrics (losses) are kept in metrics.csv at most once per this many steps. */
  static final long METRICS_EVERY = 100;

  @Spec
  private CommandSpec spec;

  /** The options a resumed run takes from its run directory instead. */
  private static final List<String> RUN_SETTINGS = List.of("--env", "--agent", "--seed", "--set", "--config",
      "--out", "--eval-episodes", "--eval-every", "--checkpoint-every");

  @Option(names = "--env", paramLabel = "ID", defaultValue = "feed-v0",
      description = "Environment id (see 'feedgym envs'); default: ${DEFAULT-VALUE}.")
  private String env;

  @Option(names = "--agent", paramLabel = "ID", defaultValue = "slateq",
      description = "Agent id (see 'feedgym agents'); default: ${DEFAULT-VALUE}.")
  private String agent;

  @Option(names = "--steps", paramLabel = "N", defaultValue = "40000",
      description = "Environment steps to train for, positive (with --resume: the total to reach); "
          + "default: ${DEFAULT-VALUE}.")
  private long steps;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Run seed; the environment, agent and evaluation seeds are split from it; default: ${DEFAULT-VALUE}.")
  private long seed;

  @Mixin
  private OverrideOptions overrides;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Run directory; default: runs/<env>-<agent>-s<seed>-<yyyyMMdd-HHmmss>.")
  private Path out;

  @Option(names = "--eval-episodes", paramLabel = "K", defaultValue = "200",
      description = "Greedy evaluation episodes per evaluation, positive; default: ${DEFAULT-VALUE}.")
  private int evalEpisodes;

  @Option(names = "--eval-every", paramLabel = "E", defaultValue = "10000",
      description = "Steps between evaluations (0 = only at the end); default: ${DEFAULT-VALUE}.")
  private long evalEvery;

  @Option(names = "--checkpoint-every", paramLabel = "C", defaultValue = "0",
      description = "Steps between checkpoints (0 = only at the end); default: ${DEFAULT-VALUE}.")
  private long checkpointEvery;

  @Option(names = "--resume", paramLabel = "DIR",
      description = "Continue the run in DIR (a run directory of 'feedgym train') from its checkpoint up to "
          + "--steps in all, with the run's own settings; the result equals an uninterrupted run's.")
  private Path resume;

  @Override
  public Integer call() throws IOException {
    validateOptions();
    if (resume != null) {
      return resumeRun();
    }
    Overrides routed = Overrides.route(overrides.assignments(), env, Optional.of(agent));
    Optional<RewardSelection> reward = routed.reward(Optional.empty());
    RunSeeds seeds = RunSeeds.from(seed);
    try (Environment<?, ?> trainEnv = RewardedEnv.make(env, routed.env(), reward);
        Environment<?, ?> evalEnv = RewardedEnv.make(env, routed.env(), reward)) {
      Agent<?, ?> learner = Agents.make(agent, trainEnv, routed.agent(), seeds.agent(), steps);
      RunInfo info = new RunInfo(env, Envs.config(env, routed.env()), agent, learner.config(), reward, seeds, steps);
      Path dir = runDirectory();
      finish(dir, train(trainEnv, () -> RewardedEnv.make(env, routed.env(), reward), evalEnv, learner, info, dir,
          Optional.empty()));
    }
    return 0;
  }

  /** Continues the run in {@link #resume} with the environment, agent, reward and settings it was started with. */
  private Integer resumeRun() throws IOException {
    for (String option : RUN_SETTINGS) {
      if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
        throw new IllegalArgumentException(option + " cannot be combined with --resume: a resumed run keeps the "
            + "settings recorded in " + resume.resolve("manifest.json"));
      }
    }
    if (!spec.commandLine().getParseResult().hasMatchedOption("--steps")) {
      throw new IllegalArgumentException("--resume needs --steps N, the total number of steps to reach");
    }
    Path dir = resume.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      throw new IOException("--resume " + dir + ": no such run directory");
    }
    Path checkpoint = Checkpointing.resolve(dir.resolve("checkpoint"));
    CheckpointInfo saved = CheckpointInfo.read(checkpoint);
    readSettings(dir.resolve("manifest.json"));
    env = saved.envId();
    agent = saved.agentId();
    RunSeeds seeds = RunSeeds.from(seed);
    try (Environment<?, ?> trainEnv = RewardedEnv.make(env, saved.envOverrides(), saved.reward());
        Environment<?, ?> evalEnv = RewardedEnv.make(env, saved.envOverrides(), saved.reward())) {
      Agent<?, ?> learner = Agents.make(agent, trainEnv, saved.agentOverrides(), seeds.agent(),
          Runner.plannedSteps(checkpoint));
      RunInfo info = new RunInfo(env, Envs.config(env, saved.envOverrides()), agent, learner.config(), saved.reward(),
          seeds, steps);
      finish(dir, train(trainEnv, () -> RewardedEnv.make(env, saved.envOverrides(), saved.reward()), evalEnv,
          learner, info, dir, Optional.of(checkpoint)));
    }
    return 0;
  }

  /** Takes the seed and the evaluation and checkpoint settings from a run's manifest.json. */
  private void readSettings(Path manifest) throws IOException {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readString(manifest));
    } catch (java.nio.file.NoSuchFileException e) {
      throw new IOException(manifest + ": run manifest is missing", e);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new IOException(manifest + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
    }
    seed = field(root, "/seeds/run", manifest);
    evalEpisodes = Math.toIntExact(field(root, "/settings/eval_episodes", manifest));
    evalEvery = field(root, "/settings/eval_every", manifest);
    checkpointEvery = field(root, "/settings/checkpoint_every", manifest);
  }

  private static long field(JsonNode root, String pointer, Path file) throws IOException {
    JsonNode node = root.at(pointer);
    if (!node.canConvertToLong()) {
      throw new IOException(file + ": field '" + pointer.substring(1).replace('/', '.') + "' is missing or not an "
          + "integer");
    }
    return node.asLong();
  }

  private void finish(Path dir, Summary summary) throws IOException {
    AtomicFiles.writeString(dir.resolve("summary.json"), summary.toPrettyJson());
    report(dir, summary);
  }

  private void validateOptions() {
    if (steps <= 0) {
      throw new IllegalArgumentException("--steps must be positive, found " + steps);
    }
    if (evalEpisodes <= 0) {
      throw new IllegalArgumentException("--eval-episodes must be positive, found " + evalEpisodes);
    }
    if (evalEvery < 0) {
      throw new IllegalArgumentException("--eval-every must be >= 0 (0 = only at the end), found " + evalEvery);
    }
    if (checkpointEvery < 0) {
      throw new IllegalArgumentException(
          "--checkpoint-every must be >= 0 (0 = only at the end), found " + checkpointEvery);
    }
  }

  /**
   * Trains from scratch or from {@code checkpoint}, then evaluates the applicable baselines on the final
   * evaluation's episodes. The agent was assembled for this environment, so their types agree; an agent
   * that steps several environments in lock-step gets {@code moreEnvs} copies of the training environment.
   */
  @SuppressWarnings("unchecked")
  private <O, A> Summary train(Environment<O, A> trainEnv, Supplier<Environment<?, ?>> moreEnvs,
      Environment<?, ?> evalEnv, Agent<?, ?> learner, RunInfo info, Path dir, Optional<Path> checkpoint)
      throws IOException {
    Agent<O, A> typed = (Agent<O, A>) learner;
    int numEnvs = typed.numEnvs();
    checkMultiple("--steps", info.totalSteps(), numEnvs);
    checkMultiple("--eval-every", evalEvery, numEnvs);
    checkMultiple("--checkpoint-every", checkpointEvery, numEnvs);
    List<Environment<O, A>> envs = new ArrayList<>(List.of(trainEnv));
    try {
      while (envs.size() < numEnvs) {
        envs.add((Environment<O, A>) moreEnvs.get());
      }
      Evaluator evaluator = new Evaluator(evalEpisodes, info.seeds().eval());
      var evaluation = new Evaluation<>(typed, (Environment<O, A>) evalEnv, evaluator, evalEvery);
      Runner<O, A> runner = new Runner<>(envs, typed, info, List.of(evaluation,
          new MetricsCsv(dir.resolve("metrics.csv"), METRICS_EVERY),
          new LearningCurvePlot(dir.resolve("learning_curve.png")),
          new Checkpointing(typed, dir.resolve("checkpoint"), checkpointEvery),
          new Manifest(dir.resolve("manifest.json"), settings(), Provenance.capture()),
          ProgressBar.onStandardError()));
      RunResult result = checkpoint.isPresent() ? runner.resume(checkpoint.get()) : runner.run();
      return new Summary(env, agent, null, null, info.reward().orElse(null), seed, result.steps(),
          round(result.wallSeconds(), 3), round(result.stepsPerSecond(), 1), dir.toString(),
          evaluation.last().orElseThrow(), baselines(evalEnv, evaluator, info.seeds().eval()), null);
    } finally {
      envs.subList(1, envs.size()).forEach(Environment::close);
    }
  }

  /** Step counts of an agent with lock-step environments must fall on lock-step boundaries. */
  private static void checkMultiple(String option, long value, int numEnvs) {
    if (value % numEnvs != 0) {
      throw new IllegalArgumentException(option + " must be a multiple of the agent's num_envs=" + numEnvs
          + " (each lock-step takes one step in every environment), found " + value);
    }
  }

  /** Every registered baseline that can act in {@code env}, evaluated with {@code evaluator}, by name. */
  @SuppressWarnings("unchecked")
  private static Map<String, EvalResult> baselines(Environment<?, ?> env, Evaluator evaluator, long seed) {
    Map<String, EvalResult> results = new LinkedHashMap<>();
    for (String name : Baselines.applicable(env)) {
      var policy = (io.feedgym.policies.Policy<Object, Object>) Baselines.make(name, env, seed);
      results.put(name, evaluator.evaluate((Environment<Object, Object>) env, policy));
    }
    return results;
  }

  private Path runDirectory() throws IOException {
    Path dir = out;
    if (dir == null) {
      String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
      Path base = Path.of("runs", env + "-" + agent + "-s" + seed + "-" + stamp);
      dir = base;
      for (int i = 2; Files.exists(dir); i++) {
        dir = Path.of(base + "-" + i);
      }
    }
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new IOException("--out " + dir + " exists and is not a directory");
    }
    return Files.createDirectories(dir.toAbsolutePath().normalize());
  }

  private Map<String, Object> settings() {
    return ImmutableMap.of("eval_episodes", evalEpisodes, "eval_every", evalEvery,
        "checkpoint_every", checkpointEvery, "metrics_every", METRICS_EVERY,
        "command_line", String.join(" ", spec.commandLine().getParseResult().originalArgs()));
  }

  private void report(Path dir, Summary summary) {
    PrintWriter stdout = spec.commandLine().getOut();
    EvalResult eval = summary.eval();
    stdout.printf(Locale.ROOT, "trained %s on %s for %d steps in %.1f s (%.0f steps/s)%n", agent, env,
        summary.steps(), summary.wallSeconds(), summary.stepsPerSecond());
    stdout.printf(Locale.ROOT, "eval over %d episodes: mean return %.2f (stderr %.2f, std %.2f)%n",
        eval.episodes(), eval.meanReturn(), eval.stderrReturn(), eval.stdReturn());
EvalCommand.printDetails(stdout, summary);
    printBaselineTable(stdout, summary);
    stdout.println("learning curve: " + dir.resolve("learning_curve.png"));
    stdout.println("metrics: " + dir.resolve("metrics.csv"));
    stdout.println("checkpoint: " + dir.resolve("checkpoint"));
    stdout.println("summary: " + dir.resolve("summary.json"));
    stdout.println(summary.toJsonLine());
    stdout.flush();
  }

  /** The trained agent and the baselines, best mean return first, each with its difference to the agent in stderrs. */
  private static void printBaselineTable(PrintWriter out, Summary summary) {
    if (summary.baselines().isEmpty()) {
      return;
    }
    Map<String, EvalResult> rows = new LinkedHashMap<>();
    rows.put(summary.agent() + " (trained)", summary.eval());
    rows.putAll(summary.baselines());
    EvalResult trained = summary.eval();
    out.printf(Locale.ROOT, "%-22s %12s %8s %18s%n", "policy", "mean return", "stderr", "agent − policy");
    rows.entrySet().stream()
        .sorted((a, b) -> Double.compare(b.getValue().meanReturn(), a.getValue().meanReturn()))
        .forEach(row -> {
          EvalResult r = row.getValue();
          String gap = "";
          if (r != trained) {
            double diff = trained.meanReturn() - r.meanReturn();
            double stderr = Math.hypot(trained.stderrReturn(), r.stderrReturn());
            gap = String.format(Locale.ROOT, "%+.2f (%+.1f se)", diff, stderr > 0 ? diff / stderr : 0);
          }
          out.printf(Locale.ROOT, "%-22s %12.2f %8.2f %18s%n", row.getKey(), r.meanReturn(), r.stderrReturn(), gap);
        });
  }

  static double round(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }
}
