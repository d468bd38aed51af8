package io.feedgym.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableMap;
import io.feedgym.runner.EvalResult;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The paired difference by hand, and {@code eval --versus-weights} on the episodes search-weights evaluates. */
class PairedDifferenceTest {

  /** d = (2, 1, 4): mean 7/3, sd √(7/3), stderr √(7/9), z = (7/3)/√(7/9) = √7. */
  @Test
  void meanStandardErrorAndZOfTheEpisodeDifferences() {
    EvalResult versus = EvalResult.of(new double[] {1, 4, 6}, new int[] {1, 1, 1}, null,
        ImmutableMap.of());
    PairedDifference d = PairedDifference.of("w", versus, new double[] {3, 5, 10}, new double[] {1, 4, 6});

    assertThat(d.meanDifference()).isCloseTo(7.0 / 3, within(1e-12));
    assertThat(d.stderr()).isCloseTo(Math.sqrt(7.0 / 9), within(1e-12));
    assertThat(d.z()).isCloseTo(Math.sqrt(7), within(1e-12));
    assertThatThrownBy(() -> PairedDifference.of("w", versus, new double[] {1, 2}, new double[] {1}))
        .hasMessage("paired returns must be non-empty and of equal length, found 2 and 1");
  }

  /**
   * search-weights evaluates its best vector on the first K episodes of train's evaluation with the same seed, and
   * so does eval --versus-weights: the two means must agree exactly, and the difference must be the two means'.
   */
  @Test
  void theFixedVectorMeetsTheEpisodesOfTheSearchsEvaluation() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    CliRun search = CliRun.of("search-weights", "--set", "action=weights", "--candidates", "2", "--episodes", "2",
        "--eval-episodes", "6", "--seed", "5");
    assertThat(search.code()).as(search.err()).isZero();
    JsonNode found = mapper.readTree(search.lastOutLine());
    StringBuilder weights = new StringBuilder();
    found.get("best_weights").forEach(w -> weights.append(weights.length() == 0 ? "" : ",").append(w.asText()));

    CliRun run = CliRun.of("eval", "--env", "feed-v0", "--set", "action=weights", "--policy", "random",
        "--episodes", "6", "--seed", "5", "--versus-weights", weights.toString());
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode json = mapper.readTree(run.lastOutLine());
    JsonNode paired = json.get("paired");

    assertThat(paired.get("versus_eval").get("mean_return").asDouble())
        .isEqualTo(found.get("eval").get("mean_return").asDouble());
    assertThat(paired.get("mean_difference").asDouble()).isCloseTo(json.get("eval").get("mean_return").asDouble()
        - paired.get("versus_eval").get("mean_return").asDouble(), within(1e-9));
    assertThat(paired.get("stderr").asDouble()).isPositive();
    assertThat(run.out()).contains("paired difference");
  }

  @Test
  void badVectorsAndSlateEnvironmentsAreRejected() {
    CliRun shortVector = CliRun.of("eval", "--env", "feed-v0", "--set", "action=weights", "--policy", "random",
        "--episodes", "1", "--versus-weights", "0.1,0.2");
    assertThat(shortVector.code()).isEqualTo(2);
    assertThat(shortVector.err()).contains("--versus-weights: weights must hold 7 values, found 2");

    CliRun outside = CliRun.of("eval", "--env", "feed-v0", "--set", "action=weights", "--policy", "random",
        "--episodes", "1", "--versus-weights", "0,0,0,0,0,0,1.5");
    assertThat(outside.err()).contains("--versus-weights: weight seen must be in [-1, 1], found 1.5");

    CliRun slates = CliRun.of("eval", "--env", "feed-v0", "--policy", "random", "--episodes", "1",
        "--versus-weights", "0,0,0,0,0,0,0");
    assertThat(slates.code()).isEqualTo(2);
    assertThat(slates.err()).contains("--versus-weights needs a feed environment with --set action=weights");
  }
}
