package io.feedgym.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.feedgym.cli.FeedGymCli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 4's resumable runs, end to end, for DQN on CartPole and SlateQ on feed-v0: {@code feedgym train}
 * in a separate JVM is killed with SIGKILL as soon as its first checkpoint is complete, then {@code feedgym train --resume DIR --steps N} finishes it;
 * the final evaluation and metrics.csv equal those of the uninterrupted {@code train --steps N}.
 */
class KillAndResumeTest {
  /** DQN on CartPole and SlateQ on the feed (slate actions, page replay with episode links). */
  static Stream<Arguments> runs() {
    return Stream.of(
        Arguments.of(List.of("train", "--env", "cartpole-v1", "--agent", "dqn", "--steps", "12000", "--seed", "4",
            "--eval-every", "3000", "--eval-episodes", "5", "--set", "learning_starts=1000",
            "--set", "buffer_size=5000", "--checkpoint-every", "3000"), 12_000),
        Arguments.of(List.of("train", "--env", "feed-v0", "--agent", "slateq", "--steps", "4000", "--seed", "4",
            "--eval-every", "2000", "--eval-episodes", "5", "--set", "learning_starts=500",
            "--set", "buffer_size=3000", "--checkpoint-every", "1000"), 4_000));
  }

  @TempDir
  Path dir;

  @ParameterizedTest
  @MethodSource("runs")
  void aRunKilledAfterACheckpointAndResumedEndsAsTheUninterruptedRun(List<String> run, long steps) throws Exception {
    Path whole = dir.resolve("whole");
    CliRun uninterrupted = CliRun.of(args(run, whole));
    assertThat(uninterrupted.code()).as(uninterrupted.err()).isZero();

    Path killed = dir.resolve("killed");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dorg.bytedeco.javacpp.maxPhysicalBytes=0", "-Dorg.bytedeco.javacpp.maxBytes=0",
        "-cp", System.getProperty("java.class.path"), FeedGymCli.class.getName()));
    command.addAll(List.of(args(run, killed)));
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve("killed.log").toFile()).start();
    Path complete = killed.resolve("checkpoint").resolve("COMPLETE");
    while (process.isAlive() && !Files.exists(complete)) {
      Thread.sleep(10);
    }
    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    assertThat(complete).as(Files.readString(dir.resolve("killed.log"))).exists();
    String checkpointStep = Files.readString(complete).trim();
    assertThat(checkpointStep).isNotEqualTo("step " + steps);
    assertThat(killed.resolve("summary.json")).doesNotExist();

    CliRun resumed = CliRun.of("train", "--resume", killed.toString(), "--steps", Long.toString(steps));
    assertThat(resumed.code()).as(resumed.err()).isZero();

    JsonNode expected = uninterrupted.summary().path("eval");
    assertThat(resumed.summary().path("eval")).as("resumed from %s", checkpointStep).isEqualTo(expected);
    assertThat(Files.readString(killed.resolve("metrics.csv"))).isEqualTo(Files.readString(whole.resolve("metrics.csv")));
    JsonNode manifest = new ObjectMapper().readTree(killed.resolve("manifest.json").toFile());
    assertThat(manifest.path("resumed_from_step").asLong()).isEqualTo(Long.parseLong(checkpointStep.substring(5)));
  }

  @Test
  void resumeRejectsSettingsThatWouldChangeTheRun() {
    CliRun run = CliRun.of("train", "--resume", dir.toString(), "--steps", "10", "--seed", "3");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--seed cannot be combined with --resume");
    CliRun missing = CliRun.of("train", "--resume", dir.resolve("nothing").toString(), "--steps", "10");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("no such run directory");
    CliRun empty = CliRun.of("train", "--resume", dir.toString(), "--steps", "10");
    assertThat(empty.err()).contains(dir.resolve("checkpoint") + ": no checkpoint found");
  }

  private static String[] args(List<String> run, Path out) {
    List<String> all = new ArrayList<>(run);
    all.addAll(List.of("--out", out.toString()));
    return all.toArray(String[]::new);
  }
}
