package io.feedgym.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code feedgym eval} runs the feed baselines on the feed environments, in the action forms each supports. */
class FeedEvalTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0} {1} action={2}")
  @CsvSource({
      "feed-v0, random, slate", "feed-v0, popularity, slate", "feed-v0, myopic, slate", "feed-v0, oracle, slate",
      "feed-v0, quality-diversity, slate", "feed-v0, random, weights", "feed-v0, popularity, weights",
      "feed-v0, myopic, weights", "feed-return-v0, quality-diversity, slate"})
  void baselineEvaluates(String env, String policy, String action) throws Exception {
    CliRun run = CliRun.of("eval", "--env", env, "--policy", policy, "--set", "action=" + action,
        "--episodes", "3", "--seed", "1");

    assertThat(run.code()).as(run.err()).isZero();
    JsonNode summary = JSON.readTree(run.lastOutLine());
    assertThat(summary.get("policy").asText()).isEqualTo(policy);
    assertThat(summary.get("eval").get("mean_return").asDouble()).isPositive();
  }

  @ParameterizedTest(name = "{0} on {1}")
  @CsvSource(delimiter = '|', value = {
      "oracle | feed-v0 | action=weights | policy 'oracle' is not a ranking-weight vector",
      "quality-diversity | feed-v0 | action=weights | use action=slate",
      "popularity | cartpole-v1 | gravity=9.8 | policy 'popularity' supports only the feed environments",
      "myopic | cartpole-v1 | gravity=9.8 | and the feed environments (feed-v0, feed-return-v0); TimeLimit<CartPole"})
  void unsupportedCombinationFailsWithAMessage(String policy, String env, String set, String fragment) {
    CliRun run = CliRun.of("eval", "--env", env, "--policy", policy, "--set", set, "--episodes", "1");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains(fragment);
  }
}
