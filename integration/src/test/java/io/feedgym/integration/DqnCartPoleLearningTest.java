package io.feedgym.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue acceptance: {@code feedgym train --env cartpole-v1 --agent dqn --steps 100000 --seed 1} solves
 * CartPole-v1 (mean greedy return ≥ 475 over the default 200 evaluation episodes), far above the random policy's ~22.
 */
@Tag("learning")
class DqnCartPoleLearningTest {

  @Test
  void dqnSolvesCartPoleIn100kSteps(@TempDir Path dir) throws Exception {
    CliRun random = CliRun.of("eval", "--env", "cartpole-v1", "--policy", "random", "--episodes", "20");
    assertThat(random.code()).as(random.err()).isZero();
    double randomReturn = random.summary().path("eval").path("mean_return").asDouble();
    assertThat(randomReturn).isLessThan(50);

    CliRun run = CliRun.of("train", "--env", "cartpole-v1", "--agent", "dqn", "--steps", "100000",
        "--seed", "1", "--out", dir.toString());
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode summary = run.summary();
    assertThat(summary.path("eval").path("episodes").asInt()).isEqualTo(200);
    assertThat(summary.path("eval").path("mean_return").asDouble()).isGreaterThanOrEqualTo(475.0);
    assertThat(dir.resolve("learning_curve.png")).isNotEmptyFile();
    assertThat(Files.readString(dir.resolve("metrics.csv"))).contains("losses/td_loss", "charts/episodic_return");
  }
}
