package io.feedgym.rl4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedGymTrainingTest {

  @Test
  void summaryLineBecomesARow() throws IOException {
    String line = "{\"env\":\"cartpole-v1\",\"agent\":\"dqn\",\"seed\":1,\"steps\":100000,\"wall_seconds\":50.0,"
        + "\"steps_per_second\":2000.0,\"out\":\"/tmp/run\",\"eval\":{\"episodes\":20,\"mean_return\":498.3,"
        + "\"std_return\":6.5,\"stderr_return\":1.5,\"mean_length\":498.3}}";

    ComparisonRow row = FeedGymTraining.parseSummary(line);

    assertThat(row.steps()).isEqualTo(100_000);
    assertThat(row.wallSeconds()).isEqualTo(50.0);
    assertThat(row.stepsPerSecond()).isEqualTo(2_000.0);
    assertThat(row.meanReturn()).isEqualTo(498.3);
    assertThat(row.stdReturn()).isEqualTo(6.5);
    assertThat(row.evalEpisodes()).isEqualTo(20);
  }

  @Test
  void aLineThatIsNoSummaryIsAnError() {
    assertThatThrownBy(() -> FeedGymTraining.parseSummary("{\"error\":\"boom\"}"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not a feedgym train summary");
  }

  @Test
  void commandTrainsDqnWithTheMatchedSettingsAndEvaluatesOnlyAtTheEnd() {
    List<String> command = FeedGymTraining.command(Path.of("feedgym.jar"), MatchedSettings.cartPole(1_000),
        RunSeeds.from(3), 20, Path.of("out"));

    assertThat(command).containsSequence("-jar", "feedgym.jar", "train", "--env", "cartpole-v1", "--agent", "dqn",
        "--steps", "1000", "--seed", "3", "--eval-episodes", "20", "--eval-every", "0", "--out", "out");
    assertThat(command).containsSequence("--set", "agent.train_frequency=1");
    assertThat(command).containsSequence("--set", "agent.hidden_sizes=100,100");
    assertThat(command).containsAll(FeedGymTraining.JVM_OPTIONS);
  }

  @Test
  void missingJarIsNamed() {
    assertThatThrownBy(() -> FeedGymTraining.run(Path.of("no/such.jar"), MatchedSettings.cartPole(10),
        RunSeeds.from(1), 1, Path.of("target", "unused")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no/such.jar not found");
  }
}
