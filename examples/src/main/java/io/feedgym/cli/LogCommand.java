package io.feedgym.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.feedgym.env.Environment;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feed.FeedObservationSpace;
import io.feedgym.env.spaces.Slate;
import io.feedgym.offline.logging.LoggingPolicy;
import io.feedgym.offline.logging.SessionLogger;
import io.feedgym.offline.logging.SessionLogger.Candidates;
import io.feedgym.offline.read.LogSource;
import io.feedgym.offline.write.LogWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
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
 * {@code feedgym log}: plays a stochastic logging policy with exact propensities in a feed environment and
 * writes the sessions in the logged-session schema (docs/offline/schema.md) as CSV, JSON Lines or Parquet, by
 * the extension of {@code --out}. The same seed writes the same file. The last line of stdout is a JSON summary.
 */
@Command(name = "log", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Log sessions of a stochastic policy with exact propensities (docs/offline/schema.md).",
        "The format follows --out's extension: .csv, .jsonl or .parquet; the last line of stdout is a one-line "
            + "JSON summary."})
final class LogCommand implements Callable<Integer> {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Spec
  private CommandSpec spec;

  @Option(names = "--env", paramLabel = "ID", defaultValue = "feed-v0",
      description = "A feed environment with slate actions; default: ${DEFAULT-VALUE}.")
  private String env;

  @Option(names = "--policy", paramLabel = "NAME", defaultValue = "softmax",
      description = {"epsilon-greedy (the greedy slate by --score, a uniformly random slate with probability "
          + "--epsilon), softmax (Plackett-Luce over --score / --temperature) or uniform; default: ${DEFAULT-VALUE}."})
  private String policy;

  @Option(names = "--sessions", paramLabel = "N", defaultValue = "100",
      description = "Episodes to log (each one session in feed-v0), positive; default: ${DEFAULT-VALUE}.")
  private int sessions;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed; default: ${DEFAULT-VALUE}.")
  private long seed;

  @Option(names = "--candidates", paramLabel = "all|shown", defaultValue = "all",
      description = "Rows for every candidate of a page (all) or the shown items only; default: ${DEFAULT-VALUE}.")
  private String candidates;

  @Option(names = "--out", paramLabel = "FILE", required = true,
      description = "The log file: .csv, .jsonl or .parquet.")
  private Path out;

  @Mixin
  private LoggingPolicyOptions logging;

  @Mixin
  private OverrideOptions overrides;

  @Override
  @SuppressWarnings("unchecked")
  public Integer call() throws IOException {
    if (sessions <= 0) {
      throw new IllegalArgumentException("--sessions must be positive, found " + sessions);
    }
    Candidates rows = switch (candidates) {
      case "all" -> Candidates.ALL;
      case "shown" -> Candidates.SHOWN;
      default -> throw new IllegalArgumentException("--candidates must be all or shown, found '" + candidates + "'");
    };
    LogSource.Kind format = LogSource.kindOf(out);
    Overrides routed = Overrides.route(overrides.assignments(), env, Optional.empty());
    long start = System.nanoTime();
    try (Environment<?, ?> raw = RewardedEnv.make(env, routed.env(), Optional.empty())) {
      if (!(raw.observationSpace() instanceof FeedObservationSpace) || !(raw.actionSpace() instanceof Slate slate)) {
        throw new IllegalArgumentException("log needs a feed environment with slate actions, found observation space "
            + raw.observationSpace() + " and action space " + raw.actionSpace());
      }
      LoggingPolicy logging = this.logging.policy(policy, slate.k());
      SessionLogger logger = new SessionLogger((Environment<FeedObservation, int[]>) raw, logging, rows);
      SessionLogger.Written written;
      try (LogWriter writer = new LogWriter(out, logger.columns())) {
        written = logger.log(sessions, seed, writer, (episode, page, draw, step) -> { });
      }
      report(written, format, logging, (System.nanoTime() - start) / 1e9);
    }
    return 0;
  }

  private void report(SessionLogger.Written written, LogSource.Kind format, LoggingPolicy logging, double seconds)
      throws IOException {
    long rows = written.rows();
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("env", env);
    summary.put("policy", policy);
    summary.put("logging_policy", logging.toString());
    summary.put("seed", seed);
    summary.put("episodes", written.episodes());
    summary.put("sessions", written.sessions());
    summary.put("pages", written.pages());
    summary.put("rows", rows);
    summary.put("file", out.toAbsolutePath().toString());
    summary.put("format", format.name().toLowerCase(Locale.ROOT));
    summary.put("seconds", seconds);
    summary.put("rows_per_second", rows / seconds);
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.printf(Locale.ROOT, "logged %d sessions (%d pages, %d rows) of %s on %s to %s in %.1f s%n",
        written.sessions(), written.pages(), rows, logging, env, out, seconds);
    stdout.println(MAPPER.writeValueAsString(summary));
    stdout.flush();
  }
}
