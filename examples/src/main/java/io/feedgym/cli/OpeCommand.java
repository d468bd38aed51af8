package io.feedgym.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.feedgym.offline.LoggedSession;
import io.feedgym.offline.ope.Estimate;
import io.feedgym.offline.ope.Estimators;
import io.feedgym.offline.ope.OpeConfig;
import io.feedgym.offline.ope.OpeData;
import io.feedgym.offline.ope.SlatePolicy;
import io.feedgym.offline.ope.Targets;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code feedgym ope}: off-policy evaluation of a target policy on a logged-session file (or the Open Bandit
 * Dataset): each estimator's estimate with a bootstrap percentile interval over sessions and importance-weight
 * diagnostics, beside the logging policy's own logged values. JSON summary last (docs/offline/ope.md).
 */
@Command(name = "ope", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Off-policy evaluation of a target policy from logged sessions (docs/offline/ope.md).",
        "Estimates with bootstrap intervals and weight diagnostics; the last line of stdout is a one-line JSON "
            + "summary."})
final class OpeCommand implements Callable<Integer> {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Spec
  private CommandSpec spec;

  @Option(names = "--data", paramLabel = "FILE", required = true,
      description = "A log (.csv, .jsonl, .parquet) or obd:random|bts:men|women (the Open Bandit Dataset sample).")
  private String data;

  @Option(names = "--target", paramLabel = "POLICY", required = true,
      description = {"uniform, myopic, popularity, quality-diversity, softmax[:T], epsilon-greedy[:E], a checkpoint "
          + "directory (its agent's greedy policy), or frequencies:DATA (item frequencies per slot of another log)."})
  private String target;

  @Option(names = "--estimators", paramLabel = "LIST", defaultValue = "dm,ips,snips,dr,switch-dr",
      description = "Comma-separated: dm, ips, snips, dr, switch-dr, slate-ips, iips, rips, pi, pdis, wpdis, fqe, or "
          + "all; default: ${DEFAULT-VALUE}.")
  private String estimators;

  @Option(names = "--logging", paramLabel = "POLICY",
      description = "The logging policy, when known (uniform, softmax[:T], epsilon-greedy[:E]): needed by iips below "
          + "the top position and by pi; checked against the log's propensities.")
  private String logging;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Bootstrap seed; default: ${DEFAULT-VALUE}.")
  private long seed;

  @Option(names = "--resamples", paramLabel = "B", description = "Bootstrap resamples; default: 200.")
  private Integer resamples;

  @Option(names = "--confidence", paramLabel = "C", description = "Interval coverage in (0, 1); default: 0.95.")
  private Double confidence;

  @Option(names = "--switch-tau", paramLabel = "TAU", description = "Switch-DR's weight threshold; default: 10.")
  private Double switchTau;

  @Option(names = "--obd-root", paramLabel = "DIR", defaultValue = "data/open-bandit-dataset",
      description = "The Open Bandit Dataset folder for obd: data; default: ${DEFAULT-VALUE}.")
  private Path obdRoot;

  @Override
  public Integer call() throws Exception {
    OpeConfig config = config(seed, resamples, confidence, switchTau);
    var chosen = Estimators.parse(estimators, config);
    long start = System.nanoTime();
    List<LoggedSession> sessions = OpeTargets.read(data, obdRoot);
    int k = sessions.get(0).pages().get(0).slate().length();
    List<AutoCloseable> open = new ArrayList<>();
    try {
      SlatePolicy policy = OpeTargets.target(target, k, obdRoot, seed, open);
      Optional<SlatePolicy> model = Optional.ofNullable(logging).map(l -> Targets.parse(l, k));
      OpeData prepared = OpeData.of(sessions, policy, model);
      List<Estimate> estimates = Estimators.evaluate(prepared, chosen, config);
      report(sessions, policy, estimates, (System.nanoTime() - start) / 1e9);
    } finally {
      for (AutoCloseable c : open) {
        c.close();
      }
    }
    return 0;
  }

  /** The settings from the command line, defaults from {@link OpeConfig#defaults()}. */
  static OpeConfig config(long seed, Integer resamples, Double confidence, Double switchTau) {
    OpeConfig config = OpeConfig.defaults().withSeed(seed);
    config = resamples == null ? config : config.withResamples(resamples);
    config = confidence == null ? config : config.withConfidence(confidence);
    return switchTau == null ? config : config.withSwitchTau(switchTau);
  }

  /** The logging policy's own values, as logged: mean top-slot clicks, first-page clicks and session clicks. */
  static Map<String, Double> logged(List<LoggedSession> sessions) {
    double top = 0;
    double first = 0;
    double session = 0;
    for (LoggedSession s : sessions) {
      var page = s.pages().get(0);
      top += page.feedback().positions().get(0).clicked() ? 1 : 0;
      first += page.feedback().clicks();
      for (var p : s.pages()) {
        session += p.feedback().clicks();
      }
    }
    int n = sessions.size();
    Map<String, Double> out = new LinkedHashMap<>();
    out.put("top_slot", top / n);
    out.put("first_page", first / n);
    out.put("session", session / n);
    return out;
  }

  /** One estimate as a JSON object. */
  static Map<String, Object> json(Estimate e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("estimator", e.estimator());
    m.put("estimand", e.estimand().id());
    m.put("value", finite(e.value()));
    m.put("low", finite(e.low()));
    m.put("high", finite(e.high()));
    m.put("stderr", finite(e.stderr()));
    m.put("sessions", e.sessions());
    m.put("ess", finite(e.diagnostics().ess()));
    m.put("max_weight", finite(e.diagnostics().maxWeight()));
    m.put("mean_weight", finite(e.diagnostics().meanWeight()));
    return m;
  }

  /** NaN and infinities as JSON null. */
  static Double finite(double x) {
    return Double.isFinite(x) ? x : null;
  }

  private void report(List<LoggedSession> sessions, SlatePolicy policy, List<Estimate> estimates, double seconds)
      throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Map<String, Double> logged = logged(sessions);
    out.printf(Locale.ROOT, "off-policy evaluation of %s on %s (%d sessions); logged values: top slot %.4f, "
        + "first page %.4f, session %.4f%n", policy.name(), data, sessions.size(), logged.get("top_slot"),
        logged.get("first_page"), logged.get("session"));
    out.printf(Locale.ROOT, "%-10s %-11s %10s %22s %9s %10s %10s%n", "estimator", "estimand", "estimate",
        Math.round(100 * configConfidence()) + "% interval", "ESS",
        "max w", "mean w");
    for (Estimate e : estimates) {
      out.printf(Locale.ROOT, "%-10s %-11s %10.4f   [%8.4f, %8.4f] %9.1f %10.3f %10.3f%n", e.estimator(),
          e.estimand().id(), e.value(), e.low(), e.high(), e.diagnostics().ess(), e.diagnostics().maxWeight(),
          e.diagnostics().meanWeight());
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("data", data);
    summary.put("target", policy.name());
    summary.put("logging", logging);
    summary.put("sessions", sessions.size());
    summary.put("seed", seed);
    summary.put("confidence", configConfidence());
    summary.put("logged", logged);
    summary.put("estimates", estimates.stream().map(OpeCommand::json).toList());
    summary.put("seconds", seconds);
    out.println(MAPPER.writeValueAsString(summary));
    out.flush();
  }

  private double configConfidence() {
    return confidence == null ? OpeConfig.defaults().confidence() : confidence;
  }
}
