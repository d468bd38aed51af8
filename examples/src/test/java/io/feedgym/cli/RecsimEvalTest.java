package io.feedgym.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code feedgym eval} runs the random and myopic baselines on the RecSim ports, and myopic only there. */
class RecsimEvalTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "recsim-interest-evolution-v0, random", "recsim-interest-evolution-v0, myopic",
      "recsim-long-term-satisfaction-v0, random", "recsim-long-term-satisfaction-v0, myopic"})
  void baselineEvaluates(String env, String policy) throws Exception {
    CliRun run = CliRun.of("eval", "--env", env, "--policy", policy, "--episodes", "3", "--seed", "1");

    assertThat(run.code()).as(run.err()).isZero();
    JsonNode summary = JSON.readTree(run.lastOutLine());
    assertThat(summary.get("policy").asText()).isEqualTo(policy);
    assertThat(summary.get("eval").get("mean_return").asDouble()).isPositive();
  }

  @Test
  void myopicOnAnotherEnvironmentFailsWithAMessage() {
    CliRun run = CliRun.of("eval", "--env", "cartpole-v1", "--policy", "myopic", "--episodes", "1");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("the myopic policy supports only the RecSim environments");
  }
}
