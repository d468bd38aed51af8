package io.feedgym.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code feedgym ope} and {@code ope-check} end to end: on a log of the uniform policy the uniform target has
 * every weight 1, so the importance-sampling estimates must equal the logged values exactly; seeded determinism;
 * the Open Bandit Dataset; bad input.
 */
class OpeCommandTest {
  @TempDir
  static Path dir;

  private static Path log;

  @BeforeAll
  static void logUniformSessions() {
    log = dir.resolve("uniform.csv");
    CliRun run = CliRun.of("log", "--env", "feed-v0", "--policy", "uniform", "--sessions", "60", "--seed", "3",
        "--set", "num_candidates=10", "--set", "slate_size=2", "--set", "max_pages=3", "--out", log.toString());
    assertThat(run.code()).as(run.err()).isZero();
  }

  private static JsonNode json(CliRun run) throws IOException {
    assertThat(run.code()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.lastOutLine());
  }

  private static Map<String, JsonNode> byEstimator(JsonNode summary) {
    Map<String, JsonNode> out = new HashMap<>();
    summary.get("estimates").forEach(e -> out.put(e.get("estimator").asText(), e));
    return out;
  }

  @Test
  void uniformTargetOnUniformLogsReproducesTheLoggedValues() throws IOException {
    JsonNode summary = json(CliRun.of("ope", "--data", log.toString(), "--target", "uniform", "--logging", "uniform",
        "--estimators", "all", "--resamples", "50"));
    Map<String, JsonNode> e = byEstimator(summary);
    JsonNode logged = summary.get("logged");
    assertThat(e).hasSize(12);
    for (String id : new String[] {"ips", "snips"}) {
      assertThat(e.get(id).get("value").asDouble()).as(id).isCloseTo(logged.get("top_slot").asDouble(), within(1e-9));
    }
    for (String id : new String[] {"slate-ips", "iips", "rips", "pi"}) {
      assertThat(e.get(id).get("value").asDouble()).as(id).isCloseTo(logged.get("first_page").asDouble(),
          within(1e-9));
    }
    for (String id : new String[] {"pdis", "wpdis"}) {
      assertThat(e.get(id).get("value").asDouble()).as(id).isCloseTo(logged.get("session").asDouble(), within(1e-9));
    }
    // DR adds the model's in-sample mean of Σ_a π(a) q̂(a) − q̂(a_i), which is close to 0 but not 0
    assertThat(e.get("dr").get("value").asDouble()).isCloseTo(logged.get("top_slot").asDouble(), within(0.05));
    assertThat(e.get("ips").get("ess").asDouble()).isEqualTo(60.0);
    assertThat(e.get("ips").get("low").asDouble()).isLessThanOrEqualTo(e.get("ips").get("value").asDouble());
    assertThat(e.get("fqe").get("ess").isNull()).isTrue();
  }

  @Test
  void theSameSeedGivesTheSameIntervals() throws IOException {
    String[] args = {"ope", "--data", log.toString(), "--target", "myopic", "--estimators", "ips,snips,dr,rips,wpdis",
        "--seed", "4", "--resamples", "50"};
    JsonNode a = json(CliRun.of(args)).get("estimates");
    JsonNode b = json(CliRun.of(args)).get("estimates");
    assertThat(a.toString()).isEqualTo(b.toString());
  }

  @Test
  void openBanditDatasetRandomPolicyUnderTheUniformTarget() throws IOException {
    Path root = Path.of("..", "data", "open-bandit-dataset");
    JsonNode summary = json(CliRun.of("ope", "--data", "obd:random:men", "--obd-root", root.toString(), "--target",
        "uniform", "--estimators", "ips", "--resamples", "20"));
    // 46 clicks in 10,000 rounds; the uniform target is the logging policy, every weight 1
    assertThat(summary.get("estimates").get(0).get("value").asDouble()).isCloseTo(0.0046, within(1e-12));
  }

  @Test
  void opeCheckReportsEveryTargetAndEstimator() throws IOException {
    JsonNode summary = json(CliRun.of("ope-check", "--set", "num_candidates=10", "--set", "slate_size=2", "--set",
        "max_pages=3", "--targets", "uniform,myopic", "--estimators", "ips,iips,pi", "--logging", "uniform",
        "--seeds", "2", "--sessions", "40", "--truth-episodes", "200", "--resamples", "20"));
    assertThat(summary.get("results")).hasSize(6);
    JsonNode first = summary.get("results").get(0);
    assertThat(first.get("target").asText()).isEqualTo("uniform");
    assertThat(first.get("seeds").asInt()).isEqualTo(2);
    assertThat(first.get("coverage").asDouble()).isBetween(0.0, 1.0);
  }

  @Test
  void badInputIsOneLineAndExitCode2() {
    CliRun unknown = CliRun.of("ope", "--data", log.toString(), "--target", "uniform", "--estimators", "ips,magic");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown estimator 'magic'");
    CliRun oracle = CliRun.of("ope", "--data", log.toString(), "--target", "oracle");
    assertThat(oracle.code()).isEqualTo(2);
    assertThat(oracle.err()).contains("cannot be a target of off-policy evaluation");
    CliRun pi = CliRun.of("ope", "--data", log.toString(), "--target", "myopic", "--estimators", "pi");
    assertThat(pi.code()).isEqualTo(2);
    assertThat(pi.err()).contains("--logging uniform");
    CliRun mismatch = CliRun.of("ope", "--data", log.toString(), "--target", "myopic", "--logging", "softmax");
    assertThat(mismatch.code()).isEqualTo(2);
    assertThat(mismatch.err()).contains("is not the logging policy softmax's");
    CliRun missing = CliRun.of("ope", "--data", dir.resolve("nope.csv").toString(), "--target", "uniform");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("--data").contains("no such file");
  }
}
