package io.feedgym.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trains DQN on CartPole for 3000 steps once, then checks the run directory and evaluates its checkpoint. */
class TrainAndEvalTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path root;

  static Path out;
  static CliRun train;

  @BeforeAll
  static void train() {
    out = root.resolve("run");
    train = CliRun.of("train", "--env", "cartpole-v1", "--agent", "dqn", "--steps", "3000", "--seed", "3",
        "--set", "learning_starts=500", "--eval-every", "1000", "--eval-episodes", "5", "--out", out.toString());
  }

  @Test
  void writesEveryFileOfTheRun() throws IOException {
    assertThat(train.code()).as(train.err()).isZero();
    assertThat(out.resolve("learning_curve.png")).isNotEmptyFile();
    assertThat(out.resolve("summary.json")).isNotEmptyFile();
    assertThat(out.resolve("checkpoint").resolve("agent.json")).isNotEmptyFile();
    assertThat(out.resolve("checkpoint").resolve("q_network.zip")).isNotEmptyFile();
    assertThat(Files.readAllLines(out.resolve("metrics.csv")))
        .startsWith("step,name,value")
        .anySatisfy(line -> assertThat(line).contains(",charts/episodic_return,"))
        .anySatisfy(line -> assertThat(line).startsWith("1000,charts/eval_return,"))
        .anySatisfy(line -> assertThat(line).startsWith("3000,charts/eval_return,"))
        .anySatisfy(line -> assertThat(line).contains(",losses/td_loss,"));
    JsonNode manifest = JSON.readTree(out.resolve("manifest.json").toFile());
    assertThat(manifest.at("/agent_config/learning_starts").asInt()).isEqualTo(500);
    assertThat(manifest.at("/env_config/max_episode_steps").asInt()).isEqualTo(500);
    assertThat(manifest.at("/seeds/run").asLong()).isEqualTo(3);
    assertThat(manifest.has("reward")).isFalse();
  }

  @Test
  void printsTheLocationsAndEndsWithAOneLineJsonSummary() throws IOException {
    assertThat(train.out()).contains("learning curve: " + out.resolve("learning_curve.png"));
    JsonNode summary = JSON.readTree(train.lastOutLine());
    assertThat(summary.get("env").asText()).isEqualTo("cartpole-v1");
    assertThat(summary.get("agent").asText()).isEqualTo("dqn");
    assertThat(summary.get("seed").asLong()).isEqualTo(3);
    assertThat(summary.get("steps").asLong()).isEqualTo(3000);
    assertThat(summary.get("wall_seconds").asDouble()).isPositive();
    assertThat(summary.get("steps_per_second").asDouble()).isPositive();
    assertThat(summary.get("out").asText()).isEqualTo(out.toString());
    assertThat(summary.get("eval").fieldNames()).toIterable()
        .contains("episodes", "mean_return", "std_return", "stderr_return");
    assertThat(summary.at("/eval/episodes").asInt()).isEqualTo(5);
    assertThat(JSON.readTree(out.resolve("summary.json").toFile())).isEqualTo(summary);
  }

  @Test
  void evaluatingTheCheckpointWithTheSameSeedReproducesTheFinalEvaluation() throws IOException {
    CliRun eval = CliRun.of("eval", "--checkpoint", out.resolve("checkpoint").toString(), "--episodes", "5",
        "--seed", "3");

    assertThat(eval.code()).as(eval.err()).isZero();
    JsonNode summary = JSON.readTree(eval.lastOutLine());
    assertThat(summary.get("env").asText()).isEqualTo("cartpole-v1");
    assertThat(summary.get("agent").asText()).isEqualTo("dqn");
    assertThat(summary.get("seed").asLong()).isEqualTo(3);
    assertThat(summary.get("eval")).isEqualTo(JSON.readTree(train.lastOutLine()).get("eval"));
  }

  @Test
  void evalReusesTheRewardSavedWithTheCheckpoint() throws IOException {
    Path rewarded = root.resolve("rewarded-checkpoint");
    Files.createDirectories(rewarded);
    try (var files = Files.list(out.resolve("checkpoint"))) {
      for (Path file : files.toList()) {
        Files.copy(file, rewarded.resolve(file.getFileName()));
      }
    }
    ObjectNode info = (ObjectNode) JSON.readTree(rewarded.resolve("agent.json").toFile());
    info.set("reward", JSON.readTree("{\"sum\": \"clicks:1.0\", \"params\": {\"clicks\": {\"weight\": 1.0}}}"));
    Files.writeString(rewarded.resolve("agent.json"), JSON.writeValueAsString(info));

    CliRun plain = CliRun.of("eval", "--checkpoint", rewarded.toString(), "--episodes", "1");
    CliRun reweighted = CliRun.of("eval", "--checkpoint", rewarded.toString(), "--episodes", "1",
        "--set", "reward.clicks.weight=2");

    // The checkpoint's click reward needs Feedback, which CartPole does not publish.
    assertThat(plain.code()).isEqualTo(2);
    assertThat(plain.err()).contains("CartPole", "publishes no Feedback");
    assertThat(reweighted.code()).isEqualTo(2);
    assertThat(reweighted.err()).contains("publishes no Feedback");
  }

  @Test
  void rewardParametersNeedARewardToApplyTo() {
    CliRun eval = CliRun.of("eval", "--checkpoint", out.resolve("checkpoint").toString(), "--episodes", "1",
        "--set", "reward.clicks.weight=2");

    assertThat(eval.code()).isEqualTo(2);
    assertThat(eval.err()).contains("key 'reward.clicks.weight' sets a reward parameter, but no reward is selected");
  }

  @Test
  void evaluatesTheCheckpointOnAnExplicitlyNamedAndReconfiguredEnvironment() throws IOException {
    CliRun eval = CliRun.of("eval", "--env", "cartpole-v1", "--checkpoint", out.resolve("checkpoint").toString(),
        "--episodes", "3", "--set", "max_episode_steps=4");

    assertThat(eval.code()).as(eval.err()).isZero();
    assertThat(JSON.readTree(eval.lastOutLine()).at("/eval/mean_length").asDouble()).isLessThanOrEqualTo(4.0);
  }
}
