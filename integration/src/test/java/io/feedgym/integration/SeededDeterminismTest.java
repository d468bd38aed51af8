package io.feedgym.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same seed, same run: two trainings with one seed write byte-identical metrics; another seed differs. */
class SeededDeterminismTest {

  private static byte[] train(Path dir, String seed) throws Exception {
    CliRun run = CliRun.of("train", "--steps", "6000", "--seed", seed, "--eval-every", "3000",
        "--eval-episodes", "3", "--set", "learning_starts=1000", "--out", dir.toString());
    assertThat(run.code()).as(run.err()).isZero();
    return Files.readAllBytes(dir.resolve("metrics.csv"));
  }

  @Test
  void sameSeedGivesIdenticalMetricsFiles(@TempDir Path dir) throws Exception {
    byte[] first = train(dir.resolve("a"), "4");
    byte[] second = train(dir.resolve("b"), "4");
    assertThat(new String(first)).contains("losses/td_loss").contains("charts/eval_return");
    assertThat(second).isEqualTo(first);
    assertThat(train(dir.resolve("c"), "5")).isNotEqualTo(first);
  }
}
