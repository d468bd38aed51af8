package io.feedgym.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.feedgym.agents.Agents;
import io.feedgym.agents.dbgd.Dbgd;
import io.feedgym.agents.dbgd.DbgdConfig;
import io.feedgym.agents.dbgd.Drn;
import io.feedgym.agents.slateq.SlateQ;
import io.feedgym.config.ConfigBinder;
import io.feedgym.env.feed.Feed;
import io.feedgym.env.feed.FeedConfig;
import io.feedgym.env.feed.FeedDrift;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.registry.Envs;
import io.feedgym.io.AtomicFiles;
import io.feedgym.random.SplitMix;
import io.feedgym.rewards.builtin.SurvivalActiveness;
import io.feedgym.runner.online.DayStats;
import io.feedgym.runner.online.OnlineConfig;
import io.feedgym.runner.online.OnlineMode;
import io.feedgym.runner.online.OnlinePlot;
import io.feedgym.runner.online.OnlineRunner;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code feedgym online}: DRN's online protocol on a drifting feed (docs/agents/dbgd.md). A SlateQ item network
 * is pretrained, then serves a stream of users over simulated days as a frozen model, with daily major updates,
 * or with DBGD minor updates and major updates; per-day CTR and session return are printed, and the last line
 * of stdout is a one-line JSON summary.
 */
@Command(name = "online", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Serve a stream of users over simulated days (DRN's online protocol) and report per-day CTR "
        + "and session return. --mode all runs the three modes on the same users and compares them after the "
        + "scenario's first shift. Keys: env ones and agent.KEY (the SlateQ network) as in train; dbgd.KEY "
        + "(alpha, eta, interleaving, pi_tau, comparison_pages, credit, min_dwell, explorers); online.KEY (sessions_per_day, "
        + "pretrain_pages, major_every_days, major_steps, memory_pages, activeness_beta); activeness.KEY (initial, boost, hazard_per_day).",
        "The last line of stdout is a one-line JSON summary."})
final class OnlineCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DBGD = "dbgd.";
  private static final String ONLINE = "online.";
  private static final String ACTIVENESS = "activeness.";

  @Spec
  private CommandSpec spec;

  @Option(names = "--env", paramLabel = "ID", defaultValue = "feed-v0",
      description = "feed-v0 or feed-return-v0; default: ${DEFAULT-VALUE}.")
  private String env;

  @Option(names = "--scenario", paramLabel = "NAME", defaultValue = "drift",
      description = "The drift preset: none, gradual, shift, new-items or drift (all three); default: ${DEFAULT-VALUE}.")
  private String scenario;

  @Option(names = "--mode", paramLabel = "MODE", defaultValue = "minor-major",
      description = "frozen, major, minor-major or all; default: ${DEFAULT-VALUE}.")
  private String mode;

  @Option(names = "--days", paramLabel = "N", description = "Simulated days; default: online.days (14).")
  private Integer days;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Run seed; default: ${DEFAULT-VALUE}.")
  private long seed;

  @Option(names = "--compare-from", paramLabel = "DAY",
      description = "First day of the after-shift comparison; default: the scenario's first shift day, else 0.")
  private Integer compareFrom;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Directory of the per-mode checkpoints, days.csv, summary.json and online.png; "
          + "default: runs/online-ENV-SCENARIO-seedS.")
  private Path out;

  @Option(names = "--resume", description = "Continue the runs checkpointed in --out.")
  private boolean resume;

  @Mixin
  private OverrideOptions overrides;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    Map<String, String> dbgdKeys = new LinkedHashMap<>();
    Map<String, String> onlineKeys = new LinkedHashMap<>();
    Map<String, String> activenessKeys = new LinkedHashMap<>();
    Map<String, String> rest = new LinkedHashMap<>();
    overrides.assignments().forEach((key, value) -> {
      if (key.startsWith(DBGD)) {
        dbgdKeys.put(key.substring(DBGD.length()), value);
      } else if (key.startsWith(ONLINE)) {
        onlineKeys.put(key.substring(ONLINE.length()), value);
      } else if (key.startsWith(ACTIVENESS)) {
        activenessKeys.put(key.substring(ACTIVENESS.length()), value);
      } else {
        rest.put(key, value);
      }
    });
    if (days != null) {
      onlineKeys.put("days", Integer.toString(days));
    }
    Overrides routed = Overrides.route(rest, env, Optional.of("slateq"));
    if (routed.rewardSum().isPresent() || !routed.rewardParams().isEmpty()) {
      throw new IllegalArgumentException("online uses DRN's reward (clicks + activeness_beta · activeness); "
          + "reward keys do not apply");
    }
    FeedConfig feedConfig = feedConfig(routed.env());
    OnlineConfig online = ConfigBinder.bind(OnlineConfig.defaults(), onlineKeys);
    online = new OnlineConfig(online.days(), online.sessionsPerDay(), online.pretrainPages(), online.majorEveryDays(),
        online.majorSteps(), online.memoryPages(), online.activenessBeta(),
        ConfigBinder.bind(SurvivalActiveness.defaults(), activenessKeys));
    if (routed.agent().containsKey("buffer_size")) {
      throw new IllegalArgumentException("the replay memory of the online protocol is online.memory_pages; "
          + "buffer_size does not apply");
    }
    Map<String, String> agentKeys = new LinkedHashMap<>(routed.agent());
    agentKeys.put("buffer_size", Integer.toString(online.memoryPages()));
    DbgdConfig dbgd = ConfigBinder.bind(DbgdConfig.defaults(), dbgdKeys);
    List<OnlineMode> modes = modes(mode);
    Path dir = out != null ? out : Path.of("runs", "online-" + env + "-" + scenario + "-seed" + seed);
    int from = compareFrom != null ? compareFrom
        : feedConfig.drift().shiftDays().stream().findFirst().map(d -> (int) Math.ceil(d)).orElse(0);
    Path pretrained = dir.resolve("pretrained");
    if (!resume) {
      AtomicFiles.deleteTree(pretrained);
    }
    Map<String, List<DayStats>> results = new LinkedHashMap<>();
    Map<String, Double> wallSeconds = new LinkedHashMap<>();
    for (OnlineMode m : modes) {
      String name = name(m);
      Path modeDir = dir.resolve(name);
      if (!resume && Files.exists(modeDir.resolve("checkpoint"))) {
        throw new IllegalArgumentException(modeDir + " already holds a run; pass --resume to continue it or choose "
            + "another --out");
      }
      Files.createDirectories(modeDir);
      stdout.printf("== %s on %s, scenario %s, seed %d ==%n", name, env, scenario, seed);
      stdout.printf("%4s %8s %7s %16s %18s %9s%n", "day", "sessions", "pages", "ctr ± se", "return ± se", "dbgd_win");
      stdout.flush();
      SplitMix seeds = new SplitMix(seed);
      long agentSeed = seeds.nextLong();
      long dbgdSeed = seeds.nextLong();
      try (Feed feed = new Feed(feedConfig)) {
        @SuppressWarnings("unchecked")
        SlateQ<FeedObservation, ?> model = (SlateQ<FeedObservation, ?>) Agents.make("slateq", feed, agentKeys,
            agentSeed, Math.max(1, online.pretrainPages()));
        Dbgd<FeedObservation> minor = m == OnlineMode.MINOR_MAJOR ? new Dbgd<>(dbgd, model, dbgdSeed) : null;
        Drn<FeedObservation> learner = new Drn<>(m, model, minor, feedConfig.slateSize(), online.majorEveryDays(),
            online.majorSteps());
        long start = System.nanoTime();
        List<DayStats> stats = new OnlineRunner(online, feed, System.err).run(learner, seed,
            Optional.of(modeDir), Optional.of(pretrained), day -> {
              stdout.printf(Locale.ROOT, "%4d %8d %7d %8.4f ± %.4f %9.3f ± %.3f %9s%n", day.day(), day.sessions(),
                  day.pages(), day.ctr(), day.ctrStderr(), day.sessionReturn(), day.sessionReturnStderr(),
                  Double.isNaN(day.explorerWinRate()) ? "-" : String.format(Locale.ROOT, "%.3f", day.explorerWinRate()));
              stdout.flush();
            });
        results.put(name, stats);
        wallSeconds.put(name, (System.nanoTime() - start) / 1e9);
      }
    }
    OnlinePlot.write(dir.resolve("online.png"), env + " · scenario " + scenario + " · seed " + seed, results);
    Map<String, Object> summary = summary(online, dbgd, results, from);
    summary.put("wall_seconds", wallSeconds);
    String line = json(summary);
    Files.writeString(dir.resolve("summary.json"), line + "\n");
    stdout.println("plot: " + dir.resolve("online.png"));
    stdout.println(line);
    stdout.flush();
    return 0;
  }

  private FeedConfig feedConfig(Map<String, String> envOverrides) {
    if (!env.equals("feed-v0") && !env.equals("feed-return-v0")) {
      throw new IllegalArgumentException("online needs --env feed-v0 or feed-return-v0, found " + env);
    }
    FeedConfig defaults = (FeedConfig) Envs.config(env, Map.of());
    return ConfigBinder.bind(defaults.withDrift(FeedDrift.preset(scenario)), envOverrides);
  }

  private static List<OnlineMode> modes(String text) {
    return switch (text) {
      case "frozen" -> List.of(OnlineMode.FROZEN);
      case "major" -> List.of(OnlineMode.MAJOR);
      case "minor-major" -> List.of(OnlineMode.MINOR_MAJOR);
      case "all" -> List.of(OnlineMode.FROZEN, OnlineMode.MAJOR, OnlineMode.MINOR_MAJOR);
      default -> throw new IllegalArgumentException("--mode must be frozen, major, minor-major or all, found " + text);
    };
  }

  private static String name(OnlineMode mode) {
    return mode.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private Map<String, Object> summary(OnlineConfig online, DbgdConfig dbgd, Map<String, List<DayStats>> results,
      int from) {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("env", env);
    summary.put("scenario", scenario);
    summary.put("seed", seed);
    summary.put("online", ConfigBinder.describe(online));
    summary.put("dbgd", ConfigBinder.describe(dbgd));
    summary.put("compare_from_day", from);
    Map<String, Object> modes = new LinkedHashMap<>();
    Map<String, double[]> pooled = new LinkedHashMap<>();
    results.forEach((name, days) -> {
      List<Map<String, Object>> perDay = new ArrayList<>();
      for (DayStats d : days) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("day", d.day());
        row.put("sessions", d.sessions());
        row.put("pages", d.pages());
        row.put("ctr", d.ctr());
        row.put("ctr_se", d.ctrStderr());
        row.put("session_return", d.sessionReturn());
        row.put("session_return_se", d.sessionReturnStderr());
        if (!Double.isNaN(d.explorerWinRate())) {
          row.put("dbgd_explorer_win_rate", d.explorerWinRate());
        }
        perDay.add(row);
      }
      double[] after = pool(days, from);
      pooled.put(name, after);
      modes.put(name, Map.of("days", perDay, "after_shift", Map.of("session_return", after[0],
          "session_return_se", after[1], "ctr", after[2], "ctr_se", after[3])));
    });
    summary.put("modes", modes);
    double[] drn = pooled.get("minor-major");
    if (drn != null && pooled.size() > 1) {
      Map<String, Object> versus = new LinkedHashMap<>();
      pooled.forEach((name, other) -> {
        if (!name.equals("minor-major")) {
          double diff = drn[0] - other[0];
          double se = Math.hypot(drn[1], other[1]);
          double ctrDiff = drn[2] - other[2];
          double ctrSe = Math.hypot(drn[3], other[3]);
          versus.put(name, Map.of("session_return_diff", diff, "se", se, "z", diff / se,
              "ctr_diff", ctrDiff, "ctr_se", ctrSe, "ctr_z", ctrDiff / ctrSe));
        }
      });
      summary.put("minor_major_vs", versus);
    }
    return summary;
  }

  /** Session return and CTR over days from {@code from} on (equal sessions per day): mean and se of each. */
  private static double[] pool(List<DayStats> days, int from) {
    List<DayStats> window = days.stream().filter(d -> d.day() >= from).toList();
    if (window.isEmpty()) {
      throw new IllegalArgumentException("--compare-from " + from + " is after the last day " + (days.size() - 1));
    }
    int n = window.size();
    double ret = window.stream().mapToDouble(DayStats::sessionReturn).sum() / n;
    double retSe = Math.sqrt(window.stream().mapToDouble(d -> d.sessionReturnStderr() * d.sessionReturnStderr()).sum()) / n;
    double ctr = window.stream().mapToDouble(DayStats::ctr).sum() / n;
    double ctrSe = Math.sqrt(window.stream().mapToDouble(d -> d.ctrStderr() * d.ctrStderr()).sum()) / n;
    return new double[] {ret, retSe, ctr, ctrSe};
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise the summary", e);
    }
  }
}
