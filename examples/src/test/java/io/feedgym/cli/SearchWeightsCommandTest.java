package io.feedgym.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code feedgym search-weights} on a small budget: its exit code, its JSON summary and its bad input. */
class SearchWeightsCommandTest {

  private static JsonNode summary(CliRun run) throws IOException {
    assertThat(run.code()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.lastOutLine());
  }

  @Test
  void reportsTheBestVectorItsBudgetAndItsEvaluation() throws IOException {
    CliRun run = CliRun.of("search-weights", "--set", "action=weights", "--candidates", "3", "--episodes", "4",
        "--eval-episodes", "5", "--seed", "7");
    JsonNode json = summary(run);

    assertThat(run.outLines().get(0)).startsWith("best of 3 fixed weight vectors (random search, 4 search episodes each): ");
    assertThat(json.get("env").asText()).isEqualTo("feed-v0");
    assertThat(json.get("seed").asLong()).isEqualTo(7);
    assertThat(json.get("candidates").asInt()).isEqualTo(3);
    assertThat(json.get("episodes_per_candidate").asInt()).isEqualTo(4);
    assertThat(json.get("search_episodes").asLong()).isEqualTo(12);
    JsonNode weights = json.get("best_weights");
    assertThat(weights.size()).isEqualTo(7);
    assertThat(weights.has("predicted_ctr")).isTrue();
    weights.forEach(w -> assertThat(w.asDouble()).isBetween(-1.0, 1.0));
    assertThat(json.get("search_mean_return").asDouble()).isPositive();
    assertThat(json.get("search_stderr_return").asDouble()).isPositive();
    assertThat(json.get("eval").get("episodes").asInt()).isEqualTo(5);
    assertThat(json.get("eval").get("mean_return").asDouble()).isPositive();
    assertThat(json.get("wall_seconds").asDouble()).isPositive();
  }

  /** The cross-entropy method spends the same budget, candidates × episodes, and reports its method. */
  @Test
  void crossEntropyMethodReportsItsBudget() throws IOException {
    CliRun run = CliRun.of("search-weights", "--set", "action=weights", "--method", "cem", "--candidates", "6",
        "--population", "3", "--elite", "1", "--episodes", "2", "--eval-episodes", "2", "--seed", "4");
    JsonNode json = summary(run);

    assertThat(run.outLines().get(0)).startsWith("best of 6 fixed weight vectors (cem search, 2 search episodes each)");
    assertThat(json.get("method").asText()).isEqualTo("cem");
    assertThat(json.get("search_episodes").asLong()).isEqualTo(12);
    json.get("best_weights").forEach(w -> assertThat(w.asDouble()).isBetween(-1.0, 1.0));
  }

  @Test
  void theSameSeedFindsTheSameVector() throws IOException {
    String[] args = {"search-weights", "--set", "action=weights", "--candidates", "2", "--episodes", "2",
        "--eval-episodes", "2", "--seed", "3"};
    JsonNode first = summary(CliRun.of(args));
    JsonNode second = summary(CliRun.of(args));

    assertThat(second.get("best_weights")).isEqualTo(first.get("best_weights"));
    assertThat(second.get("eval")).isEqualTo(first.get("eval"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "--candidates 0 --episodes 1|--candidates, --episodes and --eval-episodes must be positive, found 0, 1 and 200",
      "--candidates 1 --episodes -2|--candidates, --episodes and --eval-episodes must be positive, found 1, -2 and 200",
      "--eval-episodes 0|--candidates, --episodes and --eval-episodes must be positive, found 200, 100 and 0",
      "--candidates many|'many' is not an int",
      "--method grid|--method must be random or cem, found grid",
      "--method cem --population 1|--population must be >= 2, found 1",
      "--method cem --elite 30|--elite must be in [1, population=20], found 30",
      "--method cem --candidates 30|--candidates must be a multiple of --population with --method cem, found 30 and 20"})
  void badInputExitsWithCodeTwoNamingTheProblem(String options, String message) {
    CliRun run = CliRun.of(("search-weights --set action=weights " + options).split(" "));

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith("feedgym: error: ").contains(message);
  }

  @Test
  void slateActionsAreRejected() {
    CliRun run = CliRun.of("search-weights", "--candidates", "1", "--episodes", "1", "--eval-episodes", "1");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("search-weights needs a feed environment with --set action=weights, found "
        + "action space Slate");
  }
}
