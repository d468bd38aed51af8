package io.feedgym.cli;

import com.google.common.collect.ImmutableMap;
import io.feedgym.agents.Agents;
import io.feedgym.env.Environment;
import io.feedgym.env.registry.Envs;
import io.feedgym.io.AtomicFiles;
import io.feedgym.policies.Agent;
import io.feedgym.rewards.registry.RewardSelection;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code feedgym train}: trains a registered agent on a registered environment (rewarded by the reward
 * {@code --set reward=...} selects, if any) with the shared runner and writes metrics.csv,
 * learning_curve.png, checkpoint/, manifest.json and summary.json to the run directory. The last line of
 * stdout is the JSON summary.
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

  @Option(names = "--env", paramLabel = "ID", defaultValue = "cartpole-v1",
      description = "Environment id (see 'feedgym envs'); default: ${DEFAULT-VALUE}.")
  private String env;

  @Option(names = "--agent", paramLabel = "ID", defaultValue = "dqn",
      description = "Agent id (see 'feedgym agents'); default: ${DEFAULT-VALUE}.")
  private String agent;

  @Option(names = "--steps", paramLabel = "N", defaultValue = "100000",
      description = "Environment steps to train for, positive; default: ${DEFAULT-VALUE}.")
  private long steps;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Run seed; the environment, agent and evaluation seeds are split from it; default: ${DEFAULT-VALUE}.")
  private long seed;

  @Mixin
  private OverrideOptions overrides;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Run directory; default: runs/<env>-<agent>-s<seed>-<yyyyMMdd-HHmmss>.")
  private Path out;

  @Option(names = "--eval-episodes", paramLabel = "K", defaultValue = "20",
      description = "Greedy evaluation episodes per evaluation, positive; default: ${DEFAULT-VALUE}.")
  private int evalEpisodes;

  @Option(names = "--eval-every", paramLabel = "E", defaultValue = "10000",
      description = "Steps between evaluations (0 = only at the end); default: ${DEFAULT-VALUE}.")
  private long evalEvery;

  @Option(names = "--checkpoint-every", paramLabel = "C", defaultValue = "0",
      description = "Steps between checkpoints (0 = only at the end); default: ${DEFAULT-VALUE}.")
  private long checkpointEvery;

  @Override
  public Integer call() throws IOException {
    validateOptions();
    Overrides routed = Overrides.route(overrides.assignments(), env, Optional.of(agent));
    Optional<RewardSelection> reward = routed.reward(Optional.empty());
    RunSeeds seeds = RunSeeds.from(seed);
    try (Environment<?, ?> trainEnv = RewardedEnv.make(env, routed.env(), reward);
        Environment<?, ?> evalEnv = RewardedEnv.make(env, routed.env(), reward)) {
      Agent<?, ?> learner = Agents.make(agent, trainEnv, routed.agent(), seeds.agent(), steps);
      RunInfo info = new RunInfo(env, Envs.config(env, routed.env()), agent, learner.config(), reward, seeds, steps);
      Path dir = runDirectory();
      Summary summary = train(trainEnv, evalEnv, learner, info, dir);
      AtomicFiles.writeString(dir.resolve("summary.json"), summary.toPrettyJson());
      report(dir, summary);
    }
    return 0;
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

  /** The agent was assembled for this environment, so their observation and action types agree. */
  @SuppressWarnings("unchecked")
  private <O, A> Summary train(
      Environment<O, A> trainEnv, Environment<?, ?> evalEnv, Agent<?, ?> learner, RunInfo info, Path dir) {
    Agent<O, A> typed = (Agent<O, A>) learner;
    var evaluation = new Evaluation<>(typed, (Environment<O, A>) evalEnv,
        new Evaluator(evalEpisodes, info.seeds().eval()), evalEvery);
    RunResult result = new Runner<>(trainEnv, typed, info, List.of(evaluation,
        new MetricsCsv(dir.resolve("metrics.csv"), METRICS_EVERY),
        new LearningCurvePlot(dir.resolve("learning_curve.png")),
        new Checkpointing(typed, dir.resolve("checkpoint"), checkpointEvery),
        new Manifest(dir.resolve("manifest.json"), settings(), Provenance.capture()),
        ProgressBar.onStandardError())).run();
    return new Summary(env, agent, null, null, info.reward().orElse(null), seed, result.steps(),
        round(result.wallSeconds(), 3), round(result.stepsPerSecond(), 1), dir.toString(),
        evaluation.last().orElseThrow());
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
    stdout.println("learning curve: " + dir.resolve("learning_curve.png"));
    stdout.println("metrics: " + dir.resolve("metrics.csv"));
    stdout.println("checkpoint: " + dir.resolve("checkpoint"));
    stdout.println("summary: " + dir.resolve("summary.json"));
    stdout.println(summary.toJsonLine());
    stdout.flush();
  }

  static double round(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }
}
