package io.feedgym.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.feedgym.env.Environment;
import io.feedgym.env.Reset;
import io.feedgym.env.Step;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feed.FeedObservationSpace;
import io.feedgym.env.feedback.Feedback;
import io.feedgym.env.spaces.Slate;
import io.feedgym.offline.LoggedSession;
import io.feedgym.offline.logging.LoggingPolicy;
import io.feedgym.offline.logging.SessionLogger;
import io.feedgym.offline.logging.SlateDraw;
import io.feedgym.offline.ope.Estimand;
import io.feedgym.offline.ope.Estimate;
import io.feedgym.offline.ope.Estimator;
import io.feedgym.offline.ope.Estimators;
import io.feedgym.offline.ope.OpeConfig;
import io.feedgym.offline.ope.OpeData;
import io.feedgym.offline.ope.SlatePolicy;
import io.feedgym.offline.ope.Targets;
import io.feedgym.offline.read.LogReader;
import io.feedgym.offline.read.LogSource;
import io.feedgym.offline.read.ReadOptions;
import io.feedgym.offline.write.LogWriter;
import io.feedgym.random.SplitMix;
import com.google.common.primitives.ImmutableDoubleArray;
import com.google.common.primitives.ImmutableIntArray;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code feedgym ope-check}: the simulator ground-truth protocol of off-policy evaluation (as in the Open Bandit
 * Pipeline's synthetic experiments). Each target's true value is measured once by on-policy simulation; then, per
 * seed, sessions of the logging policy are logged to a CSV file, read back and every estimator estimates every
 * target. Reported per (target, estimator): mean estimate, relative error and how often the interval covered
 * the truth. JSON summary last (docs/offline/ope.md).
 */
@Command(name = "ope-check", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Off-policy estimates from simulated logs against the targets' on-policy values, over seeds.",
        "The last line of stdout is a one-line JSON summary."})
final class OpeCheckCommand implements Callable<Integer> {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Spec
  private CommandSpec spec;

  @Option(names = "--env", paramLabel = "ID", defaultValue = "feed-v0",
      description = "A feed environment with slate actions; default: ${DEFAULT-VALUE}.")
  private String env;

  @Option(names = "--logging", paramLabel = "POLICY", defaultValue = "softmax:1",
      description = "The logging policy: uniform, softmax[:T] or epsilon-greedy[:E]; default: ${DEFAULT-VALUE}.")
  private String logging;

  @Option(names = "--targets", paramLabel = "LIST", defaultValue = "uniform,myopic,epsilon-greedy:0.3,softmax:0.5",
      description = "Comma-separated target policies, as feedgym ope --target takes them (a checkpoint directory "
          + "must come from the same environment settings); default: ${DEFAULT-VALUE}.")
  private String targets;

  @Option(names = "--estimators", paramLabel = "LIST", defaultValue = "all",
      description = "Comma-separated estimators or all; default: ${DEFAULT-VALUE}.")
  private String estimators;

  @Option(names = "--sessions", paramLabel = "N", defaultValue = "1000", description = "Sessions logged per seed; "
      + "default: ${DEFAULT-VALUE}.")
  private int sessions;

  @Option(names = "--seeds", paramLabel = "M", defaultValue = "20",
      description = "Seeds (logs); default: ${DEFAULT-VALUE}.")
  private int seeds;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "First seed; default: ${DEFAULT-VALUE}.")
  private long seed;

  @Option(names = "--truth-episodes", paramLabel = "E", defaultValue = "20000",
      description = "On-policy episodes per target for the true values; default: ${DEFAULT-VALUE}.")
  private int truthEpisodes;

  @Option(names = "--resamples", paramLabel = "B", description = "Bootstrap resamples; default: 200.")
  private Integer resamples;

  @Option(names = "--out", paramLabel = "FILE", description = "Also write one CSV row per seed, target and estimator.")
  private Path out;

  @Mixin
  private OverrideOptions overrides;

  /** A target's value under on-policy simulation: mean and standard error per estimand. */
  private record Truth(double[] mean, double[] stderr) {}

  @Override
  @SuppressWarnings("unchecked")
  public Integer call() throws Exception {
    if (sessions < 2 || seeds < 1 || truthEpisodes < 2) {
      throw new IllegalArgumentException("--sessions and --truth-episodes must be at least 2 and --seeds positive, "
          + "found " + sessions + ", " + truthEpisodes + " and " + seeds);
    }
    long start = System.nanoTime();
    Overrides routed = Overrides.route(overrides.assignments(), env, Optional.empty());
    try (Environment<?, ?> raw = RewardedEnv.make(env, routed.env(), Optional.empty())) {
      if (!(raw.observationSpace() instanceof FeedObservationSpace) || !(raw.actionSpace() instanceof Slate slate)) {
        throw new IllegalArgumentException("ope-check needs a feed environment with slate actions, found "
            + raw.actionSpace());
      }
      var feed = (Environment<FeedObservation, int[]>) raw;
      int k = slate.k();
      OpeConfig config = OpeCommand.config(seed, resamples, null, null);
      List<Estimator> chosen = Estimators.parse(estimators, config);
      SlatePolicy loggingModel = Targets.parse(logging, k);
      List<SlatePolicy> policies = new ArrayList<>();
      List<AutoCloseable> open = new ArrayList<>();
      for (String t : targets.split(",")) {
        policies.add(OpeTargets.target(t.trim(), k, Path.of("data", "open-bandit-dataset"), seed, open));
      }
      PrintWriter stdout = spec.commandLine().getOut();
      List<Truth> truths = new ArrayList<>();
      for (SlatePolicy target : policies) {
        Truth truth = simulate(feed, target, k);
        truths.add(truth);
        stdout.printf(Locale.ROOT, "truth %-20s top slot %.4f ± %.4f, first page %.4f ± %.4f, session %.3f ± %.3f%n",
            target.name(), truth.mean[0], truth.stderr[0], truth.mean[1], truth.stderr[1], truth.mean[2],
            truth.stderr[2]);
      }
      List<String> rows = new ArrayList<>();
      rows.add("seed,target,estimator,estimand,truth,value,low,high,ess");
      Map<String, double[]> stats = new LinkedHashMap<>(); // n, sum value, sum |rel err|, covered, width, fails
      Map<String, String> failures = new LinkedHashMap<>();
      Path dir = Files.createTempDirectory("ope-check");
      try {
        for (int s = 0; s < seeds; s++) {
          long logSeed = seed + s;
          List<LoggedSession> log = log(feed, loggingModel, k, logSeed, dir.resolve("log-" + logSeed + ".csv"));
          for (int t = 0; t < policies.size(); t++) {
            OpeData data = OpeData.of(log, policies.get(t), Optional.of(loggingModel));
            for (Estimator estimator : chosen) {
              String key = policies.get(t).name() + "\u0000" + estimator.id();
              double[] st = stats.computeIfAbsent(key, x -> new double[6]);
              Estimate e;
              try {
                e = config.withSeed(logSeed).bootstrap().estimate(estimator.id(), estimator.terms(data));
              } catch (IllegalArgumentException unsupported) {
                st[5]++;
                failures.putIfAbsent(key, unsupported.getMessage());
                continue;
              }
              double truth = truths.get(t).mean[estimator.estimand().ordinal()];
              st[0]++;
              st[1] += e.value();
              st[2] += Math.abs(e.value() - truth) / Math.abs(truth);
              st[3] += e.covers(truth) ? 1 : 0;
              st[4] += e.high() - e.low();
              rows.add(String.format(Locale.ROOT, "%d,%s,%s,%s,%.6f,%.6f,%.6f,%.6f,%.2f", logSeed,
                  policies.get(t).name(), estimator.id(), estimator.estimand().id(), truth, e.value(), e.low(),
                  e.high(), e.diagnostics().ess()));
            }
          }
          stdout.printf(Locale.ROOT, "seed %d done (%.0f s)%n", logSeed, (System.nanoTime() - start) / 1e9);
          stdout.flush();
        }
      } finally {
        try (var files = Files.list(dir)) {
          for (Path p : files.toList()) {
            Files.delete(p);
          }
        }
        Files.delete(dir);
      }
      if (out != null) {
        Files.write(out, rows);
      }
      report(stdout, policies, truths, chosen, stats, failures, (System.nanoTime() - start) / 1e9);
      for (AutoCloseable c : open) {
        c.close();
      }
    }
    return 0;
  }

  /** On-policy values: episode i resets with the i-th seed of a stream split off from the logging seeds. */
  private Truth simulate(Environment<FeedObservation, int[]> feed, SlatePolicy target, int k) {
    SplitMix seeds = new SplitMix(seed ^ 0x5DEECE66DL);
    SplitMix random = seeds.split();
    double[] sum = new double[3];
    double[] squares = new double[3];
    for (int e = 0; e < truthEpisodes; e++) {
      Reset<FeedObservation> reset = feed.reset(seeds.nextLong());
      FeedObservation page = reset.observation();
      double[] value = new double[3];
      boolean first = true;
      boolean done = false;
      while (!done) {
        Step<FeedObservation> step = feed.step(target.sample(page, k, random));
        Feedback feedback = (Feedback) step.info().get(Feedback.INFO_KEY);
        if (first) {
          value[0] = feedback.positions().get(0).clicked() ? 1 : 0;
          value[1] = feedback.clicks();
          first = false;
        }
        value[2] += feedback.clicks();
        page = step.observation();
        done = step.done();
      }
      for (int j = 0; j < 3; j++) {
        sum[j] += value[j];
        squares[j] += value[j] * value[j];
      }
    }
    double[] mean = new double[3];
    double[] stderr = new double[3];
    for (int j = 0; j < 3; j++) {
      mean[j] = sum[j] / truthEpisodes;
      stderr[j] = Math.sqrt((squares[j] / truthEpisodes - mean[j] * mean[j]) / (truthEpisodes - 1));
    }
    return new Truth(mean, stderr);
  }

  /** Logs {@code sessions} sessions of {@code policy} to {@code file} and reads them back. */
  private List<LoggedSession> log(Environment<FeedObservation, int[]> feed, SlatePolicy policy, int k, long logSeed,
      Path file) throws Exception {
    SessionLogger logger = new SessionLogger(feed, asLogging(policy, k), SessionLogger.Candidates.ALL);
    try (LogWriter writer = new LogWriter(file, logger.columns())) {
      logger.log(sessions, logSeed, writer, (episode, page, draw, step) -> { });
    }
    List<LoggedSession> log = new ArrayList<>();
    new LogReader(ReadOptions.defaults()).read(LogSource.file(file), log::add);
    Files.delete(file);
    return log;
  }

  /** A stochastic slate policy as a logging policy: draws from it and reports its exact conditionals. */
  private static LoggingPolicy asLogging(SlatePolicy policy, int k) {
    if (policy.deterministic()) {
      throw new IllegalArgumentException("--logging " + policy.name() + " is deterministic; off-policy evaluation "
          + "needs a stochastic logging policy (uniform, softmax[:T], epsilon-greedy[:E] with E > 0)");
    }
    return new LoggingPolicy() {
      @Override
      public SlateDraw draw(FeedObservation page, java.util.random.RandomGenerator random) {
        return probabilities(page, policy.sample(page, k, random));
      }

      @Override
      public SlateDraw probabilities(FeedObservation page, int[] slate) {
        double[] p = policy.conditionals(page, slate);
        double product = 1;
        for (double x : p) {
          product *= x;
        }
        return new SlateDraw(ImmutableIntArray.copyOf(slate), ImmutableDoubleArray.copyOf(p), product);
      }

      @Override
      public int slateSize() {
        return k;
      }
    };
  }

  private void report(PrintWriter stdout, List<SlatePolicy> policies, List<Truth> truths, List<Estimator> chosen,
      Map<String, double[]> stats, Map<String, String> failures, double seconds) throws Exception {
    stdout.printf(Locale.ROOT, "%-20s %-10s %-11s %9s %9s %9s %9s %9s%n", "target", "estimator", "estimand", "truth",
        "mean est", "rel err", "coverage", "width");
    List<Map<String, Object>> json = new ArrayList<>();
    for (int t = 0; t < policies.size(); t++) {
      for (Estimator estimator : chosen) {
        String key = policies.get(t).name() + "\u0000" + estimator.id();
        double[] st = stats.get(key);
        Estimand estimand = estimator.estimand();
        double truth = truths.get(t).mean[estimand.ordinal()];
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("target", policies.get(t).name());
        m.put("estimator", estimator.id());
        m.put("estimand", estimand.id());
        m.put("truth", truth);
        m.put("truth_stderr", truths.get(t).stderr[estimand.ordinal()]);
        if (st[0] == 0) {
          stdout.printf(Locale.ROOT, "%-20s %-10s %-11s %9.4f   n/a: %s%n", policies.get(t).name(), estimator.id(),
              estimand.id(), truth, failures.get(key));
          m.put("unsupported", failures.get(key));
        } else {
          double n = st[0];
          stdout.printf(Locale.ROOT, "%-20s %-10s %-11s %9.4f %9.4f %9.3f %9.2f %9.4f%n", policies.get(t).name(),
              estimator.id(), estimand.id(), truth, st[1] / n, st[2] / n, st[3] / n, st[4] / n);
          m.put("seeds", (int) n);
          m.put("mean_estimate", OpeCommand.finite(st[1] / n));
          m.put("mean_relative_error", OpeCommand.finite(st[2] / n));
          m.put("coverage", st[3] / n);
          m.put("mean_width", OpeCommand.finite(st[4] / n));
        }
        json.add(m);
      }
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("env", env);
    summary.put("logging", logging);
    summary.put("sessions", sessions);
    summary.put("seeds", seeds);
    summary.put("first_seed", seed);
    summary.put("truth_episodes", truthEpisodes);
    summary.put("results", json);
    summary.put("seconds", seconds);
    stdout.println(MAPPER.writeValueAsString(summary));
    stdout.flush();
  }
}
