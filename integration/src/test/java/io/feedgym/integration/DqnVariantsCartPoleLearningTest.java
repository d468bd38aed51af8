package io.feedgym.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DQN variants with their registry defaults on CartPole-v1: {@code feedgym train --env cartpole-v1
 * --agent ID --steps 100000 --seed 1} reaches a mean greedy return ≥ 475 over 200 episodes. Results over
 * three seeds are in docs/agents/dqn.md.
 */
@Tag("learning")
class DqnVariantsCartPoleLearningTest {

  @Test
  void duelingDqnSolvesCartPoleIn100kSteps(@TempDir Path dir) throws Exception {
    assertSolves("dueling-dqn", dir);
  }

  @Test
  void doubleDqnSolvesCartPoleIn100kSteps(@TempDir Path dir) throws Exception {
    assertSolves("double-dqn", dir);
  }

  private static void assertSolves(String agent, Path dir) throws Exception {
    CliRun run = CliRun.of("train", "--env", "cartpole-v1", "--agent", agent, "--steps", "100000",
        "--seed", "1", "--out", dir.toString());
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode summary = run.summary();
    assertThat(summary.path("agent").asText()).isEqualTo(agent);
    assertThat(summary.path("eval").path("episodes").asInt()).isEqualTo(200);
    assertThat(summary.path("eval").path("mean_return").asDouble()).isGreaterThanOrEqualTo(475.0);
  }
}
