package io.feedgym.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code feedgym online} on a tiny stream: per-day lines, the JSON summary, the plot, resume and bad input. */
class OnlineCommandTest {
  private static final String[] SMALL = {"--days", "3", "--set", "online.sessions_per_day=3", "--set",
      "online.pretrain_pages=80", "--set", "online.major_steps=2", "--set", "drift.shift_days=1"};

  private static String[] args(Path out, String mode, String... more) {
    String[] head = {"online", "--mode", mode, "--seed", "4", "--out", out.toString()};
    String[] all = new String[head.length + SMALL.length + more.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(SMALL, 0, all, head.length, SMALL.length);
    System.arraycopy(more, 0, all, head.length + SMALL.length, more.length);
    return all;
  }

  @Test
  void allModesReportEveryDayAndCompareDrnAfterTheShift(@TempDir Path dir) throws IOException {
    CliRun run = CliRun.of(args(dir, "all"));
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.lastOutLine());

    assertThat(json.get("env").asText()).isEqualTo("feed-v0");
    assertThat(json.get("scenario").asText()).isEqualTo("drift");
    assertThat(json.get("compare_from_day").asInt()).isEqualTo(1);
    for (String mode : new String[] {"frozen", "major", "minor-major"}) {
      JsonNode days = json.get("modes").get(mode).get("days");
      assertThat(days.size()).isEqualTo(3);
      assertThat(days.get(2).get("sessions").asInt()).isEqualTo(3);
      assertThat(days.get(2).get("ctr").asDouble()).isBetween(0.0, 1.0);
      assertThat(days.get(2).get("session_return_se").asDouble()).isPositive();
    }
    assertThat(json.get("modes").get("minor-major").get("days").get(0).has("dbgd_explorer_win_rate")).isTrue();
    assertThat(json.get("minor_major_vs").get("major").get("z").isNumber()).isTrue();
    JsonNode drnAfter = json.get("modes").get("minor-major").get("after_shift");
    JsonNode majorAfter = json.get("modes").get("major").get("after_shift");
    JsonNode versusMajor = json.get("minor_major_vs").get("major");
    assertThat(versusMajor.get("ctr_diff").asDouble())
        .isCloseTo(drnAfter.get("ctr").asDouble() - majorAfter.get("ctr").asDouble(), within(1e-12));
    assertThat(versusMajor.get("ctr_z").asDouble())
        .isCloseTo(versusMajor.get("ctr_diff").asDouble() / versusMajor.get("ctr_se").asDouble(), within(1e-9));
    assertThat(run.out()).contains("== frozen on feed-v0, scenario drift, seed 4 ==");
    assertThat(Files.size(dir.resolve("online.png"))).isPositive();
    assertThat(dir.resolve("minor-major/checkpoint/online_state.properties")).exists();
  }

  @Test
  void aFinishedRunIsNotOverwrittenAndResumeRecomputesNothing(@TempDir Path dir) throws IOException {
    CliRun first = CliRun.of(args(dir, "major"));
    assertThat(first.code()).as(first.err()).isZero();

    CliRun again = CliRun.of(args(dir, "major"));
    assertThat(again.code()).isEqualTo(2);
    assertThat(again.err()).contains("already holds a run; pass --resume");

    CliRun resumed = CliRun.of(args(dir, "major", "--resume"));
    assertThat(resumed.code()).as(resumed.err()).isZero();
    JsonNode a = new ObjectMapper().readTree(first.lastOutLine()).get("modes");
    JsonNode b = new ObjectMapper().readTree(resumed.lastOutLine()).get("modes");
    assertThat(b).isEqualTo(a);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "--mode sometimes|--mode must be frozen, major, minor-major or all, found sometimes",
      "--scenario storm|drift preset must be one of none, gradual, shift, new-items, drift, found 'storm'",
      "--env cartpole-v1|online needs --env feed-v0 or feed-return-v0, found cartpole-v1",
      "--set dbgd.alpha=0|alpha must be in (0, 1]",
      "--set online.sessions_per_day=0|sessions_per_day must be >= 1, found 0",
      "--set reward=clicks:1|online uses DRN's reward",
      "--set agent.buffer_size=10|the replay memory of the online protocol is online.memory_pages"})
  void badInputExitsWithCodeTwoNamingTheProblem(String options, String message, @TempDir Path dir) {
    CliRun run = CliRun.of(("online --days 1 --out " + dir + " " + options).split(" "));

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith("feedgym: error: ").contains(message);
  }
}
