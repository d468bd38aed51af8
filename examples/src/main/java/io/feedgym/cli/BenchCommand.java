package io.feedgym.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.sun.management.OperatingSystemMXBean;
import io.feedgym.config.ConfigBinder;
import io.feedgym.env.Environment;
import io.feedgym.env.Step;
import io.feedgym.env.feedback.Feedback;
import io.feedgym.env.registry.Envs;
import io.feedgym.env.vector.SyncVectorEnv;
import io.feedgym.env.vector.ThreadedVectorEnv;
import io.feedgym.env.vector.VectorEnv;
import io.feedgym.env.vector.VectorStep;
import io.feedgym.policies.RandomPolicy;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code feedgym bench}: steps an environment with the {@link RandomPolicy} (uniform over the available
 * candidates of a masked observation), resetting when an episode ends as in a rollout, and reports steps,
 * pages and item impressions per second; one env on the calling thread, or a vector env. Prints a human
 * line, then a one-line JSON summary last.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Measure environment throughput with the random policy: steps, pages and item "
        + "impressions (the K items of each page's Feedback) per second.",
        "--threads 1 --num-envs 1 steps one env on this thread; more envs on one thread use a SyncVectorEnv, "
            + "more threads a ThreadedVectorEnv. The last line of stdout is a one-line JSON summary.",
        "For JMH figures see docs/benchmarks.md."})
final class BenchCommand implements Callable<Integer> {
  /** Steps between two clock reads, so that reading the clock costs little even for CartPole. */
  private static final int CLOCK_EVERY = 64;
  private static final ObjectMapper MAPPER =
      new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

  @Spec
  private CommandSpec spec;

  @Option(names = "--env", paramLabel = "ID", defaultValue = "feed-v0",
      description = "Environment id (see 'feedgym envs'); default: ${DEFAULT-VALUE}.")
  private String env;

  @Option(names = "--seconds", paramLabel = "S", defaultValue = "5",
      description = "Seconds measured, positive; default: ${DEFAULT-VALUE}.")
  private double seconds;

  @Option(names = "--warmup", paramLabel = "S", defaultValue = "2",
      description = "Seconds stepped before measuring (lets the JIT compile the hot path), >= 0; "
          + "default: ${DEFAULT-VALUE}.")
  private double warmup;

  @Option(names = "--threads", paramLabel = "T", defaultValue = "1",
      description = "Threads stepping envs, positive: 1 steps on this thread, more use a ThreadedVectorEnv "
          + "with T workers; default: ${DEFAULT-VALUE}.")
  private int threads;

  @Option(names = "--num-envs", paramLabel = "N",
      description = "Envs stepped, at least --threads; default: the number of threads.")
  private Integer numEnvs;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "0",
      description = "Seed of the envs (env i resets with seed + i) and of the random policy; "
          + "default: ${DEFAULT-VALUE}.")
  private long seed;

  @Mixin
  private OverrideOptions overrides;

  /**
   * The JSON summary; rates are per second of measured wall time.
   *
   * @param env the environment id
   * @param config the environment's configuration, overrides applied
   * @param threads threads stepping envs
   * @param envs envs stepped
   * @param seconds measured wall-clock seconds
   * @param cpuSeconds CPU seconds of the whole JVM (stepping and worker threads, GC, JIT) in the measured
   *     time; well below {@code threads × seconds} means other processes took the CPUs
   * @param warmupSeconds seconds stepped before measuring
   * @param seed the seed of the envs and the policy
   * @param steps env steps in the measured time (vector autoreset calls excluded)
   * @param episodes episodes that ended in the measured time
   * @param stepsPerSecond env steps per second
   * @param pagesPerSecond steps whose info holds a {@link Feedback} per second; null without Feedback
   * @param impressionsPerSecond items shown (Feedback positions) per second; null without Feedback
   * @param availableProcessors processors the JVM sees
   */
  record Result(String env, Map<String, Object> config, int threads, int envs, double seconds, double cpuSeconds,
      double warmupSeconds, long seed, long steps, long episodes, double stepsPerSecond, Double pagesPerSecond,
      Double impressionsPerSecond, int availableProcessors) {

    String toJsonLine() {
      try {
        return MAPPER.writeValueAsString(this);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot serialise the bench result", e);
      }
    }
  }

  /** What a stretch of stepping served. */
  private static final class Tally {
    long steps;
    long pages;
    long impressions;
    long episodes;
    long cpuNanos;

    void count(Map<String, Object> info, boolean done) {
      steps++;
      if (info.get(Feedback.INFO_KEY) instanceof Feedback feedback) {
        pages++;
        impressions += feedback.positions().size();
      }
      if (done) {
        episodes++;
      }
    }
  }

  /** One stretch of stepping (a few env steps or one vector step), counted into a tally. */
  @FunctionalInterface
  private interface Rollout {
    void advance(Tally tally);
  }

  @Override
  public Integer call() throws IOException {
    int envCount = validate();
    Map<String, String> assignments = overrides.assignments();
    for (String key : assignments.keySet()) {
      if (key.strip().equals("reward") || key.strip().startsWith("reward.")) {
        throw new IllegalArgumentException("bench steps the environment with its own reward; '" + key.strip()
            + "' is not supported here");
      }
    }
    Map<String, String> envOverrides = Overrides.route(assignments, env, Optional.empty()).env();
    Record config = Envs.config(env, envOverrides);
    long policySeed = new SplittableRandom(seed).split().nextLong();
    Tally tally = new Tally();
    long nanos;
    if (threads == 1 && envCount == 1) {
      try (Environment<?, ?> environment = Envs.make(env, envOverrides)) {
        nanos = measure(single(environment, policySeed), tally);
      }
    } else {
      List<Environment<Object, Object>> environments = new ArrayList<>();
      for (int i = 0; i < envCount; i++) {
        environments.add(untyped(Envs.make(env, envOverrides)));
      }
      try (VectorEnv<Object, Object> vector = threads == 1
          ? new SyncVectorEnv<>(environments) : new ThreadedVectorEnv<>(environments, threads)) {
        nanos = measure(vectorized(vector, policySeed), tally);
      }
    }
    double elapsed = nanos / 1e9;
    boolean feedback = tally.pages > 0;
    Result result = new Result(env, ConfigBinder.describe(config), threads, envCount, round(elapsed, 3),
        round(tally.cpuNanos / 1e9, 3), warmup, seed, tally.steps, tally.episodes, tally.steps / elapsed,
        feedback ? tally.pages / elapsed : null, feedback ? tally.impressions / elapsed : null,
        Runtime.getRuntime().availableProcessors());
    report(result);
    return 0;
  }

  private int validate() {
    if (!(seconds > 0) || !Double.isFinite(seconds)) {
      throw new IllegalArgumentException("--seconds must be a positive number, found " + seconds);
    }
    if (!(warmup >= 0) || !Double.isFinite(warmup)) {
      throw new IllegalArgumentException("--warmup must be a number >= 0, found " + warmup);
    }
    if (threads <= 0) {
      throw new IllegalArgumentException("--threads must be positive, found " + threads);
    }
    int envCount = numEnvs == null ? threads : numEnvs;
    if (envCount < threads) {
      throw new IllegalArgumentException("--num-envs must be at least --threads=" + threads + " (a thread "
          + "without an env would idle), found " + envCount);
    }
    return envCount;
  }

  /** Advances {@code rollout} uncounted for the warmup, then counted into {@code tally}; returns the measured ns. */
  private long measure(Rollout rollout, Tally tally) {
    long end = System.nanoTime() + (long) (warmup * 1e9);
    Tally discarded = new Tally();
    while (System.nanoTime() < end) {
      rollout.advance(discarded);
    }
    long cpuStart = processCpuNanos();
    long start = System.nanoTime();
    end = start + (long) (seconds * 1e9);
    long now;
    do {
      rollout.advance(tally);
      now = System.nanoTime();
    } while (now < end);
    tally.cpuNanos = processCpuNanos() - cpuStart;
    return now - start;
  }

  /** Steps one env with random actions, reset() when an episode ends. */
  private <O, A> Rollout single(Environment<O, A> environment, long policySeed) {
    return new Rollout() {
      private final RandomPolicy<O, A> policy = new RandomPolicy<>(environment.actionSpace(), policySeed);
      private O observation = environment.reset(seed).observation();

      @Override
      public void advance(Tally tally) {
        for (int i = 0; i < CLOCK_EVERY; i++) {
          Step<O> step = environment.step(policy.act(observation));
          tally.count(step.info(), step.done());
          observation = step.done() ? environment.reset().observation() : step.observation();
        }
      }
    };
  }

  /** Steps a vector env with random actions; a sub-env's autoreset call is not counted as a step. */
  private <O, A> Rollout vectorized(VectorEnv<O, A> vector, long policySeed) {
    RandomPolicy<O, A> policy = new RandomPolicy<>(vector.singleActionSpace(), policySeed);
    List<O> observations = new ArrayList<>(vector.reset(seed).observations());
    boolean[] resetting = new boolean[vector.numEnvs()];
    return tally -> {
      List<A> actions = new ArrayList<>(observations.size());
      for (O observation : observations) {
        actions.add(policy.act(observation));
      }
      VectorStep<O> step = vector.step(actions);
      for (int i = 0; i < resetting.length; i++) {
        if (!resetting[i]) {
          tally.count(step.infos().get(i), step.done(i));
        }
        resetting[i] = step.done(i);
        observations.set(i, step.observations().get(i));
      }
    };
  }

  /** Envs of one id share their observation and action types, which is all a vector env of them needs. */
  @SuppressWarnings("unchecked")
  private static Environment<Object, Object> untyped(Environment<?, ?> environment) {
    return (Environment<Object, Object>) environment;
  }

  private static long processCpuNanos() {
    return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static double round(double value, int digits) {
    double scale = Math.pow(10, digits);
    return Math.round(value * scale) / scale;
  }

  private void report(Result result) {
    PrintWriter stdout = spec.commandLine().getOut();
    String rates = result.pagesPerSecond() == null
        ? String.format(Locale.ROOT, "%,.0f steps/s", result.stepsPerSecond())
        : String.format(Locale.ROOT, "%,.0f pages/s, %,.0f item impressions/s", result.pagesPerSecond(),
            result.impressionsPerSecond());
    stdout.printf(Locale.ROOT, "%s, random policy, %d thread%s, %d env%s: %s (%,d steps, %,d episodes in %.2f s "
            + "after %.2f s warmup; %.2f CPU s)%n", result.env(), result.threads(), result.threads() == 1 ? "" : "s",
        result.envs(), result.envs() == 1 ? "" : "s", rates, result.steps(), result.episodes(), result.seconds(),
        result.warmupSeconds(), result.cpuSeconds());
    stdout.println(result.toJsonLine());
    stdout.flush();
  }
}
