package io.feedgym.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5 acceptance: {@code feedgym train --env cartpole-v1 --agent ppo --steps 100000 --seed 1} (8 lock-step
 * environments) solves CartPole-v1: mean greedy return ≥ 475 over the default 200 evaluation episodes.
 */
@Tag("learning")
class PpoCartPoleLearningTest {

  @Test
  void ppoSolvesCartPoleIn100kSteps(@TempDir Path dir) throws Exception {
    CliRun run = CliRun.of("train", "--env", "cartpole-v1", "--agent", "ppo", "--steps", "100000", "--seed", "1",
        "--eval-every", "0", "--out", dir.toString());
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode summary = run.summary();
    assertThat(summary.path("eval").path("episodes").asInt()).isEqualTo(200);
    assertThat(summary.path("eval").path("mean_return").asDouble()).isGreaterThanOrEqualTo(475.0);
    assertThat(Files.readString(dir.resolve("metrics.csv")))
        .contains("losses/policy_loss", "losses/value_loss", "losses/entropy", "losses/approx_kl", "losses/clipfrac");
  }
}
