package io.feedgym.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 4 acceptance on a smaller budget: SlateQ with its defaults, trained for 20,000 steps on
 * {@code feed-v0} with seed 1, beats the myopic baseline (ranking by predicted CTR) on mean session return
 * by more than three standard errors of the difference.
 */
@Tag("learning")
class SlateQFeedLearningTest {

  @Test
  void slateQBeatsTheMyopicBaseline(@TempDir Path dir) throws Exception {
    CliRun myopic = CliRun.of("eval", "--env", "feed-v0", "--policy", "myopic", "--episodes", "2000", "--seed", "1");
    assertThat(myopic.code()).as(myopic.err()).isZero();
    JsonNode baseline = myopic.summary().path("eval");

    CliRun run = CliRun.of("train", "--env", "feed-v0", "--agent", "slateq", "--steps", "20000", "--seed", "1",
        "--eval-every", "0", "--eval-episodes", "500", "--out", dir.toString());
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode eval = run.summary().path("eval");
    assertThat(eval.path("episodes").asInt()).isEqualTo(500);

    double margin = eval.path("mean_return").asDouble() - baseline.path("mean_return").asDouble();
    double stderr = Math.hypot(eval.path("stderr_return").asDouble(), baseline.path("stderr_return").asDouble());
    assertThat(margin).as("SlateQ %s vs myopic %s", eval, baseline).isGreaterThan(3 * stderr);
  }
}
