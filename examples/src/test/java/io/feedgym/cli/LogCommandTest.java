package io.feedgym.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code feedgym log} and {@code feedgym read-log}: the summary, seeded determinism, formats and bad input. */
class LogCommandTest {
  @TempDir
  Path dir;

  private static JsonNode summary(CliRun run) throws IOException {
    assertThat(run.code()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.lastOutLine());
  }

  private CliRun log(String file, String... extra) {
    return logWithSeed(file, 5, extra);
  }

  private CliRun logWithSeed(String file, long seed, String... extra) {
    String[] base = {"log", "--env", "feed-v0", "--policy", "epsilon-greedy", "--epsilon", "0.2", "--sessions", "3",
        "--seed", Long.toString(seed), "--set", "max_pages=5", "--out", dir.resolve(file).toString()};
    String[] args = java.util.Arrays.copyOf(base, base.length + extra.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return CliRun.of(args);
  }

  @Test
  void writesTheSessionsAndSummarisesThem() throws IOException {
    JsonNode json = summary(log("a.csv"));

    assertThat(json.get("sessions").asInt()).isEqualTo(3);
    assertThat(json.get("episodes").asInt()).isEqualTo(3);
    assertThat(json.get("rows").asLong()).isEqualTo(json.get("pages").asLong() * 100);
    assertThat(json.get("rows").asLong()).isPositive().isEqualTo(Files.lines(dir.resolve("a.csv")).count() - 1);
    assertThat(json.get("rows").asLong() % 100).as("100 candidate rows per page").isZero();
    assertThat(json.get("file").asText()).isEqualTo(dir.resolve("a.csv").toAbsolutePath().toString());
    assertThat(json.get("format").asText()).isEqualTo("csv");
    assertThat(json.get("seconds").asDouble()).isPositive();
  }

  @Test
  void theSameSeedWritesTheSameFile() throws IOException {
    summary(log("a.csv"));
    summary(log("b.csv"));
    summary(logWithSeed("c.csv", 6));

    assertThat(Files.readAllBytes(dir.resolve("b.csv"))).isEqualTo(Files.readAllBytes(dir.resolve("a.csv")));
    assertThat(Files.readAllBytes(dir.resolve("c.csv"))).isNotEqualTo(Files.readAllBytes(dir.resolve("a.csv")));
  }

  @Test
  void parquetAndShownOnlyLogsReadBackWithTheSameReturn() throws IOException {
    summary(log("a.csv"));
    summary(log("a.parquet"));
    JsonNode shown = summary(log("a.jsonl", "--candidates", "shown"));

    JsonNode csv = summary(CliRun.of("read-log", "--file", dir.resolve("a.csv").toString(), "--reward",
        "clicks:1,purchases:2"));
    JsonNode parquet = summary(CliRun.of("read-log", "--file", dir.resolve("a.parquet").toString(), "--reward",
        "clicks:1,purchases:2"));
    JsonNode jsonl = summary(CliRun.of("read-log", "--file", dir.resolve("a.jsonl").toString(), "--reward",
        "clicks:1,purchases:2"));

    assertThat(csv.get("sessions").asInt()).isEqualTo(3);
    assertThat(parquet.get("mean_return")).isEqualTo(csv.get("mean_return"));
    assertThat(jsonl.get("mean_return")).isEqualTo(csv.get("mean_return"));
    assertThat(jsonl.get("rows").asLong()).isEqualTo(shown.get("rows").asLong());
    assertThat(csv.get("transitions").asLong() * 10).isEqualTo(jsonl.get("rows").asLong());
  }

  @Test
  void readLogReportsABadRowWithFileRowAndColumnOrCountsItWhenLenient() throws IOException {
    Path file = dir.resolve("bad.csv");
    Files.writeString(file, "session_id,user_id,page,position,item_id,click,propensity\n1,u,0,0,3,0,0.5\n"
        + "2,u,0,0,3,0,1.5\n");

    CliRun strict = CliRun.of("read-log", "--file", file.toString());
    JsonNode lenient = summary(CliRun.of("read-log", "--file", file.toString(), "--lenient"));

    assertThat(strict.code()).isEqualTo(2);
    assertThat(strict.err()).isEqualTo("feedgym: error: " + file + ", row 2, column propensity: must be in (0, 1], "
        + "found 1.5\n");
    assertThat(lenient.get("sessions").asInt()).isEqualTo(1);
    assertThat(lenient.get("skipped_rows").get("propensity").asInt()).isEqualTo(1);
  }

  @Test
  void badInputExitsWithCodeTwo() {
    CliRun run = log("a.txt");
    CliRun policy = CliRun.of("log", "--policy", "greedy", "--out", dir.resolve("x.csv").toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("must end in .csv, .csv.gz, .jsonl, .ndjson, .json or .parquet");
    assertThat(policy.code()).isEqualTo(2);
    assertThat(policy.err()).contains("unknown logging policy 'greedy'; known: epsilon-greedy, softmax, uniform");
  }
}
