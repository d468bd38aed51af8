package io.feedgym.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code feedgym offline}: trains from a log, writes checkpoints that {@code feedgym eval --checkpoint} reads,
 * evaluates beside the logging policy and the baselines, and names bad input.
 */
class OfflineCommandTest {
  @TempDir
  static Path dir;

  private static Path log;

  @BeforeAll
  static void logSessions() {
    log = dir.resolve("log.csv");
    CliRun run = CliRun.of("log", "--env", "feed-v0", "--policy", "softmax", "--sessions", "3", "--seed", "2",
        "--set", "max_pages=4", "--out", log.toString());
    assertThat(run.code()).as(run.err()).isZero();
  }

  private static JsonNode summary(CliRun run) throws IOException {
    assertThat(run.code()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.lastOutLine());
  }

  @Test
  void trainsEachAgentAndEvaluatesItBesideTheLoggingPolicy() throws IOException {
    Path out = dir.resolve("run");
    CliRun run = CliRun.of("offline", "--data", log.toString(), "--agent", "bc,cql", "--steps", "2", "--env",
        "feed-v0", "--episodes", "2", "--logging-policy", "softmax", "--seed", "4", "--set", "batch_size=4",
        "--set", "max_pages=4", "--out", out.toString());
    JsonNode json = summary(run);
    assertThat(json.get("sessions").asInt()).isEqualTo(3);
    assertThat(json.get("steps").asInt()).isEqualTo(2);
    assertThat(json.get("agents").has("offline-bc")).isTrue();
    JsonNode cql = json.get("agents").get("offline-cql");
    assertThat(cql.get("final_losses").get("losses/cql_loss").isNumber()).isTrue();
    assertThat(cql.get("eval").get("episodes").asInt()).isEqualTo(2);
    assertThat(json.get("logging_policy").get("episodes").asInt()).isEqualTo(2);
    assertThat(json.get("baselines").has("myopic")).isTrue();
    assertThat(run.out()).contains("policy", "− offline-bc", "− logging", "offline-cql");

    JsonNode eval = summary(CliRun.of("eval", "--checkpoint", cql.get("checkpoint").asText(), "--episodes", "2",
        "--seed", "4"));
    assertThat(eval.get("agent").asText()).isEqualTo("offline-cql");
    assertThat(eval.get("eval").get("mean_return").asDouble())
        .isEqualTo(cql.get("eval").get("mean_return").asDouble());
  }

  @Test
  void badInputNamesTheParameterOrFile() {
    CliRun unknown = CliRun.of("offline", "--data", log.toString(), "--agent", "ppo", "--steps", "1");
    assertThat(unknown.code()).isEqualTo(FeedGymCli.BAD_INPUT);
    assertThat(unknown.err()).contains("--agent must be bc, dqn, bcq or cql, found 'ppo'");
    CliRun steps = CliRun.of("offline", "--data", log.toString(), "--agent", "bc", "--steps", "0");
    assertThat(steps.err()).contains("--steps must be positive, found 0");
    CliRun missing = CliRun.of("offline", "--data", dir.resolve("nope.csv").toString(), "--agent", "bc");
    assertThat(missing.code()).isEqualTo(FeedGymCli.BAD_INPUT);
    assertThat(missing.err()).contains("nope.csv: no such file");

    Path shown = dir.resolve("shown.csv");
    assertThat(CliRun.of("log", "--env", "feed-v0", "--sessions", "1", "--set", "max_pages=2", "--candidates",
        "shown", "--out", shown.toString()).code()).isZero();
    CliRun noCandidates = CliRun.of("offline", "--data", shown.toString(), "--agent", "dqn", "--steps", "1",
        "--out", dir.resolve("x").toString());
    assertThat(noCandidates.code()).isEqualTo(FeedGymCli.BAD_INPUT);
    assertThat(noCandidates.err()).contains("offline-dqn scores every candidate of a page",
        "log with --candidates all", "found 10 candidates at episode 0, page 0");
    CliRun nanReward = CliRun.of("offline", "--data", log.toString(), "--agent", "bc", "--steps", "1", "--set",
        "reward=clicks:1e308,purchases:1e308", "--out", dir.resolve("y").toString());
    assertThat(nanReward.code()).as(nanReward.err()).isEqualTo(FeedGymCli.BAD_INPUT);
    assertThat(nanReward.err()).contains("log.csv, session", "must be finite, found Infinity");
  }
}
