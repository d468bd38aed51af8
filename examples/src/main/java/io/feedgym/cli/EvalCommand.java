package io.feedgym.cli;

import com.google.common.collect.ImmutableMap;
import io.feedgym.agents.Agents;
import io.feedgym.env.Environment;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.policies.feed.FixedWeights;
import io.feedgym.policies.Baselines;
import io.feedgym.env.registry.Envs;
import io.feedgym.policies.Agent;
import io.feedgym.policies.Policy;
import io.feedgym.rewards.registry.RewardSelection;
import io.feedgym.runner.CheckpointInfo;
import io.feedgym.runner.EvalResult;
import io.feedgym.runner.EvaluatedEpisode;
import io.feedgym.runner.Evaluator;
import io.feedgym.runner.FeedbackMetrics;
import io.feedgym.runner.RunSeeds;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code feedgym eval}: evaluates a trained checkpoint or a baseline policy for a number of episodes
 * with the same seeds as training's final evaluation, under the reward {@code --set reward=...} selects
 * (else a checkpoint's, else the environment's), and prints the JSON summary as the last line.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Evaluate a checkpoint's greedy policy or a baseline policy.",
        "Episode i starts from reset(eval seed + i), the eval seed being split from --seed as in "
            + "training's final evaluation; the last line of stdout is a one-line JSON summary.",
        "The reward is --set reward=... if given, else the checkpoint's, else the environment's own; "
            + "environments that publish feedback also report pages, clicks and purchases per session and CTR."})
final class EvalCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--env", paramLabel = "ID",
      description = "Environment id; with --checkpoint it defaults to the checkpoint's environment.")
  private String env;

  @ArgGroup(multiplicity = "1")
  private Source source;

  @Option(names = "--episodes", paramLabel = "N", defaultValue = "20",
      description = "Evaluation episodes, positive; default: ${DEFAULT-VALUE}.")
  private int episodes;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Run seed the evaluation seeds are split from; default: ${DEFAULT-VALUE}.")
  private long seed;

  @Option(names = "--versus-weights", paramLabel = "W", split = ",",
      description = "A fixed ranking-weight vector (one value in [-1, 1] per scoring feature, e.g. search-weights' "
          + "best) played on the same episodes; adds the paired difference of returns, evaluated minus fixed, "
          + "with its standard error (feed environments with --set action=weights).")
  private double[] versusWeights;

  @Mixin
  private OverrideOptions overrides;

  /** What is evaluated: exactly one of a checkpoint and a baseline policy. */
  static final class Source {
    @Option(names = "--checkpoint", paramLabel = "DIR", required = true,
        description = "A checkpoint directory written by 'feedgym train' (holding agent.json).")
    Path checkpoint;

    @Option(names = "--policy", paramLabel = "NAME", required = true, completionCandidates = Baselines.Names.class,
        description = "A baseline policy: ${COMPLETION-CANDIDATES}.")
    String policy;
  }

  @Override
  public Integer call() throws IOException {
    if (episodes <= 0) {
      throw new IllegalArgumentException("--episodes must be positive, found " + episodes);
    }
    RunSeeds seeds = RunSeeds.from(seed);
    Evaluator evaluator = new Evaluator(episodes, seeds.eval());
    long start = System.nanoTime();
    Summary summary;
    if (source.checkpoint != null) {
      summary = evaluateCheckpoint(source.checkpoint, seeds, evaluator, start);
    } else {
      String envId = requireEnv();
      Overrides routed = Overrides.route(overrides.assignments(), envId, Optional.empty());
      Optional<RewardSelection> reward = routed.reward(Optional.empty());
      try (Environment<?, ?> environment = RewardedEnv.make(envId, routed.env(), reward)) {
        Policy<?, ?> policy = Baselines.make(source.policy, environment, seeds.agent());
        Evaluated result = evaluate(environment, policy, evaluator);
        summary = new Summary(envId, null, source.policy, null, reward.orElse(null), seed, null, seconds(start),
            null, null, result.eval(), null, result.paired());
      }
    }
    report(summary);
    return 0;
  }

  private Summary evaluateCheckpoint(Path dir, RunSeeds seeds, Evaluator evaluator, long start) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException("--checkpoint " + dir + ": no such directory");
    }
    CheckpointInfo info = CheckpointInfo.read(dir);
    try {
      Envs.config(info.envId(), info.envOverrides());
      Agents.config(info.agentId(), info.agentOverrides());
    } catch (IllegalArgumentException e) {
      throw new IOException(dir.resolve(CheckpointInfo.FILE) + ": " + e.getMessage(), e);
    }
    String envId = env == null ? info.envId() : env;
    Overrides routed = Overrides.route(overrides.assignments(), envId, Optional.of(info.agentId()));
    Map<String, String> envOverrides = envId.equals(info.envId())
        ? merge(info.envOverrides(), routed.env()) : routed.env();
    Optional<RewardSelection> reward = routed.reward(info.reward());
    try (Environment<?, ?> environment = RewardedEnv.make(envId, envOverrides, reward)) {
      Agent<?, ?> agent = Agents.make(info.agentId(), environment, merge(info.agentOverrides(), routed.agent()),
          seeds.agent(), 1);
      agent.load(dir);
      Evaluated result = evaluate(environment, agent.greedy(), evaluator);
      return new Summary(envId, info.agentId(), null, dir.toAbsolutePath().normalize().toString(),
          reward.orElse(null), seed, null, seconds(start), null, null, result.eval(), null, result.paired());
    }
  }

  private String requireEnv() {
    if (env == null) {
      throw new IllegalArgumentException("--env is required with --policy");
    }
    return env;
  }

  /** An evaluation and, with {@code --versus-weights}, its paired comparison (else null). */
  private record Evaluated(EvalResult eval, PairedDifference paired) {}

  /**
   * The policy was built for this environment, so their observation and action types agree. With
   * {@code --versus-weights} each episode is played by the policy and then by the fixed vector, from the same reset.
   */
  @SuppressWarnings("unchecked")
  private <O, A> Evaluated evaluate(Environment<O, A> environment, Policy<?, ?> policy, Evaluator evaluator) {
    if (versusWeights == null) {
      return new Evaluated(evaluator.evaluate(environment, (Policy<O, A>) policy), null);
    }
    Environment<FeedObservation, double[]> weightsEnvironment =
        SearchWeightsCommand.requireWeights(environment, "--versus-weights");
    FixedWeights fixed;
    try {
      fixed = new FixedWeights(versusWeights);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--versus-weights: " + e.getMessage(), e);
    }
    List<EvaluatedEpisode> played = new ArrayList<>();
    List<EvaluatedEpisode> versus = new ArrayList<>();
    for (int i = 0; i < evaluator.episodes(); i++) {
      played.add(evaluator.play(environment, (Policy<O, A>) policy, i));
      versus.add(evaluator.play(weightsEnvironment, fixed, i));
    }
    EvalResult eval = Evaluator.summarize(played);
    EvalResult versusEval = Evaluator.summarize(versus);
    double[] returns = played.stream().mapToDouble(EvaluatedEpisode::episodeReturn).toArray();
    double[] versusReturns = versus.stream().mapToDouble(EvaluatedEpisode::episodeReturn).toArray();
    return new Evaluated(eval, PairedDifference.of(fixed.toString(), versusEval, returns, versusReturns));
  }

  private static Map<String, String> merge(Map<String, String> base, Map<String, String> overrides) {
    return ImmutableMap.<String, String>builder().putAll(base).putAll(overrides).buildKeepingLast();
  }

  private static double seconds(long start) {
    return TrainCommand.round((System.nanoTime() - start) / 1e9, 3);
  }

  private void report(Summary summary) {
    PrintWriter stdout = spec.commandLine().getOut();
    EvalResult eval = summary.eval();
    stdout.printf(Locale.ROOT, "evaluated %s on %s over %d episodes: mean return %.2f (stderr %.2f, std %.2f)%n",
        summary.agent() != null ? summary.agent() + " checkpoint" : summary.policy() + " policy", summary.env(),
        eval.episodes(), eval.meanReturn(), eval.stderrReturn(), eval.stdReturn());
    printDetails(stdout, summary);
    PairedDifference paired = summary.paired();
    if (paired != null) {
      stdout.printf(Locale.ROOT, "versus %s on the same episodes: %.2f (stderr %.2f); paired difference %+.2f "
              + "(stderr %.2f, z %+.1f)%n", paired.versus(), paired.versusEval().meanReturn(),
          paired.versusEval().stderrReturn(), paired.meanDifference(), paired.stderr(), paired.z());
    }
    stdout.println(summary.toJsonLine());
    stdout.flush();
  }

  /** The lines after the mean return: the reward, the recommender metrics and the reward terms, where present. */
  static void printDetails(PrintWriter out, Summary summary) {
    if (summary.reward() != null) {
      out.println("reward: " + summary.reward().sum());
    }
    FeedbackMetrics feedback = summary.eval().feedback();
    if (feedback != null) {
      out.printf(Locale.ROOT, "per session: %.2f pages, %.2f clicks, %.2f purchases; CTR %.4f (stderr %.4f); "
              + "%.2f sessions per episode%n", feedback.pagesPerSession(), feedback.clicksPerSession(),
          feedback.purchasesPerSession(), feedback.ctr(), feedback.stderrCtr(), feedback.sessionsPerEpisode());
    }
    if (!summary.eval().meanRewardTerms().isEmpty()) {
      out.println("reward terms per episode: " + summary.eval().meanRewardTerms().entrySet().stream()
          .map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey(), e.getValue()))
          .collect(Collectors.joining(", ")));
    }
  }
}
