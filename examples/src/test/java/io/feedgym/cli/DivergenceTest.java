package io.feedgym.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A loss that overflows stops {@code feedgym train} at once: one error line naming the step and the
 * value, exit code 1, and no checkpoint written after it.
 */
class DivergenceTest {

  @Test
  void anInfiniteLossStopsTrainingWithOneLineAndExitCode1(@TempDir Path dir) {
    // Rewards of 1e39 clicks are finite doubles, but the float TD targets overflow at the first update.
    CliRun run = CliRun.of("train", "--env", "feed-v0", "--agent", "slateq", "--steps", "2000",
        "--set", "reward=clicks:1e39", "--set", "learning_starts=100", "--eval-every", "0", "--out", dir.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err().lines().filter(l -> l.startsWith("feedgym: error:")).toList()).singleElement()
        .asString()
        .matches("feedgym: error: step 10\\d: losses/td_loss = (NaN|Infinity), training stopped \\(the last "
            + "checkpoint, if any, predates this step\\); last finite values: none, it was the first update\\. "
            + "Lower learning_rate or check the reward scale\\.");
    assertThat(run.err()).doesNotContain("at io.feedgym");
    assertThat(dir.resolve("checkpoint")).doesNotExist();
  }
}
