package io.feedgym.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableMap;
import io.feedgym.agents.Agents;
import io.feedgym.env.Environment;
import io.feedgym.policies.Baselines;
import io.feedgym.env.feed.FeedCohortsConfig;
import io.feedgym.env.registry.Envs;
import io.feedgym.policies.Agent;
import io.feedgym.policies.Policy;
import io.feedgym.rewards.registry.RewardSelection;
import io.feedgym.runner.CheckpointInfo;
import io.feedgym.runner.CohortEvalResult;
import io.feedgym.runner.CohortEvalResult.Estimate;
import io.feedgym.runner.CohortEvaluator;
import io.feedgym.runner.RunInfo;
import io.feedgym.runner.RunSeeds;
import io.feedgym.runner.Runner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code feedgym meta-eval}: the held-out-cohort protocol of meta-RL (docs/agents/meta-ppo.md). Each arm — a
 * baseline policy, a checkpoint's greedy policy, or an agent trained from scratch on each held-out cohort
 * for a small budget — plays the same trials of the same held-out cohorts of a cohort environment
 * ({@code feed-cohorts-v0}); the table and the one-line JSON summary (last on stdout) give the return over
 * the first pages, the first sessions and the whole trial, mean and standard error across cohorts.
 */
@Command(name = "meta-eval", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Evaluate policies on held-out cohorts of a cohort task distribution (feed-cohorts-v0).",
        "Trial j of held-out cohort i starts from reset(eval seed + i * trials + j), the eval seed split from --seed; "
            + "every arm meets the same trials. The last line of stdout is a one-line JSON summary."})
final class MetaEvalCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec
  private CommandSpec spec;

  @Option(names = "--env", paramLabel = "ID", defaultValue = "feed-cohorts-v0",
      description = "A cohort environment (split and cohort keys); default: ${DEFAULT-VALUE}.")
  private String env;

  @Option(names = "--heldout-cohorts", paramLabel = "N", defaultValue = "20",
      description = "Held-out cohorts 0..N-1, at most num_heldout_cohorts; default: ${DEFAULT-VALUE}.")
  private int cohorts;

  @Option(names = "--trials-per-cohort", paramLabel = "M", defaultValue = "10",
      description = "Trials per held-out cohort; default: ${DEFAULT-VALUE}.")
  private int trials;

  @Option(names = "--first-pages", paramLabel = "P", defaultValue = "10",
      description = "Pages counted from a trial's start; default: ${DEFAULT-VALUE}.")
  private int firstPages;

  @Option(names = "--first-sessions", paramLabel = "S", defaultValue = "1",
      description = "Sessions counted from a trial's start; default: ${DEFAULT-VALUE}.")
  private int firstSessions;

  @Option(names = "--policy", paramLabel = "NAME", split = ",", completionCandidates = Baselines.Names.class,
      description = "Baseline policies to evaluate (comma-separated or repeated): ${COMPLETION-CANDIDATES}.")
  private List<String> policies = new ArrayList<>();

  @Option(names = "--checkpoint", paramLabel = "DIR",
      description = "A checkpoint written by 'feedgym train', evaluated with its greedy policy.")
  private Path checkpoint;

  @Option(names = "--train-on-cohort", paramLabel = "AGENT",
      description = "Train agent AGENT from scratch on each held-out cohort for --budget pages, then evaluate it.")
  private String trainAgent;

  @Option(names = "--budget", paramLabel = "PAGES", defaultValue = "1000",
      description = "Training pages per held-out cohort for --train-on-cohort; default: ${DEFAULT-VALUE}.")
  private long budget;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Run seed the evaluation and agent seeds are split from; default: ${DEFAULT-VALUE}.")
  private long seed;

  @Mixin
  private OverrideOptions overrides;

  @Override
  public Integer call() throws IOException {
    if (policies.isEmpty() && checkpoint == null && trainAgent == null) {
      throw new IllegalArgumentException("give at least one arm: --policy, --checkpoint or --train-on-cohort");
    }
    if (budget <= 0) {
      throw new IllegalArgumentException("--budget must be positive, found " + budget);
    }
    Overrides routed = Overrides.route(overrides.assignments(), env, Optional.ofNullable(trainAgent));
    for (String key : List.of("split", "cohort")) {
      if (routed.env().containsKey(key)) {
        throw new IllegalArgumentException("meta-eval sets env." + key + " itself (held-out cohorts 0.."
            + (cohorts - 1) + "); remove --set " + key);
      }
    }
    if (!(Envs.config(env, routed.env()) instanceof FeedCohortsConfig config)) {
      throw new IllegalArgumentException("meta-eval needs a cohort environment such as feed-cohorts-v0; '" + env
          + "' has no held-out cohorts");
    }
    if (cohorts > config.numHeldoutCohorts()) {
      throw new IllegalArgumentException("--heldout-cohorts must be in [1, num_heldout_cohorts="
          + config.numHeldoutCohorts() + "], found " + cohorts);
    }
    RunSeeds seeds = RunSeeds.from(seed);
    CohortEvaluator evaluator = new CohortEvaluator(cohorts, trials, firstPages, firstSessions, seeds.eval());
    Optional<RewardSelection> reward = routed.reward(Optional.empty());
    long start = System.nanoTime();
    Map<String, CohortEvalResult> arms = new LinkedHashMap<>();
    for (String policy : policies) {
      arms.put(policy, evaluator.evaluate(cohort -> cohortEnv(routed.env(), reward, cohort),
          environment -> cast(Baselines.make(policy, environment, seeds.agent()))));
    }
    if (checkpoint != null) {
      arms.put("checkpoint", evaluateCheckpoint(evaluator, routed, seeds));
    }
    if (trainAgent != null) {
      arms.put(trainAgent + " from scratch (" + budget + " pages)", evaluator.evaluate(
          cohort -> cohortEnv(routed.env(), reward, cohort),
          environment -> trainOnCohort(environment, routed.agent(), reward, seeds.agent())));
    }
    report(arms, reward, (System.nanoTime() - start) / 1e9);
    return 0;
  }

  /** The environment of held-out cohort {@code cohort}, rewarded as selected. */
  private Environment<Object, Object> cohortEnv(Map<String, String> envOverrides, Optional<RewardSelection> reward,
      int cohort) {
    Map<String, String> all = ImmutableMap.<String, String>builder().putAll(envOverrides)
        .put("split", "heldout").put("cohort", Integer.toString(cohort)).build();
    return cast(RewardedEnv.make(env, all, reward));
  }

  private CohortEvalResult evaluateCheckpoint(CohortEvaluator evaluator, Overrides routed, RunSeeds seeds)
      throws IOException {
    if (!Files.isDirectory(checkpoint)) {
      throw new IOException("--checkpoint " + checkpoint + ": no such directory");
    }
    CheckpointInfo info = CheckpointInfo.read(checkpoint);
    Optional<RewardSelection> reward = routed.reward(info.reward());
    Policy<Object, Object> greedy;
    try (Environment<Object, Object> first = cohortEnv(routed.env(), reward, 0)) {
      Agent<Object, Object> agent = cast(Agents.make(info.agentId(), first, info.agentOverrides(), seeds.agent(), 1));
      agent.load(checkpoint);
      greedy = agent.greedy();
    }
    Policy<Object, Object> policy = greedy;
    return evaluator.evaluate(cohort -> cohortEnv(routed.env(), reward, cohort), environment -> policy);
  }

  /**
   * Arm (c): agent {@link #trainAgent} assembled from scratch for {@code environment} (one held-out cohort)
   * and trained on it with the runner for {@link #budget} pages; its greedy policy is then evaluated.
   */
  private Policy<Object, Object> trainOnCohort(Environment<Object, Object> environment, Map<String, String> agentOverrides,
      Optional<RewardSelection> reward, long agentSeed) {
    RunSeeds runSeeds = RunSeeds.from(agentSeed);
    Agent<Object, Object> agent = cast(Agents.make(trainAgent, environment, agentOverrides, runSeeds.agent(), budget));
    new Runner<>(environment, agent, new RunInfo(env, Envs.config(env, Map.of()), trainAgent, agent.config(),
        reward, runSeeds, budget), List.of()).run();
    return agent.greedy();
  }

  /** The environments and policies are built for each other by id, so their types agree. */
  @SuppressWarnings("unchecked")
  private static <T> T cast(Object value) {
    return (T) value;
  }

  private void report(Map<String, CohortEvalResult> arms, Optional<RewardSelection> reward, double seconds)
      throws JsonProcessingException {
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "meta-eval on %s: %d held-out cohorts x %d trials, return = %s; mean ± stderr across "
        + "cohorts%n", env, cohorts, trials, reward.map(r -> r.sum().toString()).orElse("the environment's reward"));
    String pages = "first " + firstPages + " pages";
    String sessions = "first " + firstSessions + (firstSessions == 1 ? " session" : " sessions");
    out.printf(Locale.ROOT, "%-34s %18s %18s %18s%n", "arm", pages, sessions, "whole trial");
    Map<String, Object> json = new LinkedHashMap<>();
    for (var arm : arms.entrySet()) {
      CohortEvalResult r = arm.getValue();
      out.printf(Locale.ROOT, "%-34s %18s %18s %18s%n", arm.getKey(), cell(r.firstPagesReturn()),
          cell(r.firstSessionsReturn()), cell(r.trialReturn()));
      json.put(arm.getKey(), Map.of("first_pages", summary(r.firstPagesReturn()),
          "first_sessions", summary(r.firstSessionsReturn()), "trial", summary(r.trialReturn())));
    }
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("env", env);
    line.put("seed", seed);
    line.put("heldout_cohorts", cohorts);
    line.put("trials_per_cohort", trials);
    line.put("first_pages", firstPages);
    line.put("first_sessions", firstSessions);
    line.put("wall_seconds", TrainCommand.round(seconds, 3));
    line.put("arms", json);
    out.println(JSON.writeValueAsString(line));
    out.flush();
  }

  private static String cell(Estimate estimate) {
    return String.format(Locale.ROOT, "%.2f ± %.2f", estimate.mean(), estimate.stderr());
  }

  /** Mean, standard error and the per-cohort means (for paired comparisons of arms from separate runs). */
  private static Map<String, Object> summary(Estimate estimate) {
    return Map.of("mean", TrainCommand.round(estimate.mean(), 4), "stderr", TrainCommand.round(estimate.stderr(), 4),
        "per_cohort", estimate.perCohort().stream().map(v -> TrainCommand.round(v, 4)).toList());
  }
}
