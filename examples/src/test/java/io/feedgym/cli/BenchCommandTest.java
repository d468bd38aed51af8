package io.feedgym.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code feedgym bench} on short runs: what it prints, not how fast this machine is. */
class BenchCommandTest {
  private static final String[] SHORT = {"--seconds", "0.2", "--warmup", "0.05"};

  private static JsonNode summary(CliRun run) throws IOException {
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.outLines()).hasSize(2);
    return new ObjectMapper().readTree(run.lastOutLine());
  }

  private static String[] args(String... extra) {
    return Stream.concat(Stream.of("bench"), Stream.concat(Stream.of(SHORT), Stream.of(extra))).toArray(String[]::new);
  }

  @Test
  void measuresFeedPagesAndImpressionsOnOneThreadByDefault() throws IOException {
    CliRun run = CliRun.of(args());
    JsonNode json = summary(run);

    assertThat(run.outLines().get(0)).startsWith("feed-v0, random policy, 1 thread, 1 env: ")
        .contains(" pages/s, ", " item impressions/s ");
    assertThat(json.get("env").asText()).isEqualTo("feed-v0");
    assertThat(json.get("threads").asInt()).isEqualTo(1);
    assertThat(json.get("envs").asInt()).isEqualTo(1);
    assertThat(json.get("seconds").asDouble()).isGreaterThanOrEqualTo(0.2);
    assertThat(json.get("cpu_seconds").asDouble()).isPositive();
    assertThat(json.get("steps").asLong()).isPositive();
    double pages = json.get("pages_per_second").asDouble();
    assertThat(pages).isPositive().isEqualTo(json.get("steps_per_second").asDouble());
    assertThat(json.get("impressions_per_second").asDouble()).isCloseTo(10 * pages, within(1e-6 * pages));
    assertThat(json.get("config").get("slate_size").asInt()).isEqualTo(10);
  }

  @Test
  void appliesOverridesToTheEnvAndItsImpressionCount() throws IOException {
    JsonNode json = summary(CliRun.of(args("--env", "feed-return-v0", "--set", "slate_size=4", "--set",
        "action=weights")));

    double pages = json.get("pages_per_second").asDouble();
    assertThat(pages).isPositive();
    assertThat(json.get("impressions_per_second").asDouble()).isCloseTo(4 * pages, within(1e-6 * pages));
    assertThat(json.get("config").get("episode").asText()).isEqualTo("returning");
    assertThat(json.get("config").get("action").asText()).isEqualTo("weights");
  }

  @Test
  void stepsAVectorEnvOnTwoThreads() throws IOException {
    JsonNode json = summary(CliRun.of(args("--threads", "2")));

    assertThat(json.get("threads").asInt()).isEqualTo(2);
    assertThat(json.get("envs").asInt()).isEqualTo(2);
    assertThat(json.get("pages_per_second").asDouble()).isPositive();
    assertThat(json.get("impressions_per_second").asDouble()).isPositive();
  }

  @Test
  void stepsASyncVectorEnvWithMoreEnvsThanThreads() throws IOException {
    JsonNode json = summary(CliRun.of(args("--num-envs", "3", "--seed", "5")));

    assertThat(json.get("threads").asInt()).isEqualTo(1);
    assertThat(json.get("envs").asInt()).isEqualTo(3);
    assertThat(json.get("seed").asLong()).isEqualTo(5);
    assertThat(json.get("episodes").asLong()).isPositive();
  }

  @Test
  void reportsStepsAndNullImpressionsForAnEnvWithoutFeedback() throws IOException {
    CliRun run = CliRun.of(args("--env", "cartpole-v1"));
    JsonNode json = summary(run);

    assertThat(run.outLines().get(0)).contains(" steps/s ").doesNotContain("impressions");
    assertThat(json.get("steps_per_second").asDouble()).isPositive();
    assertThat(json.get("pages_per_second").isNull()).isTrue();
    assertThat(json.get("impressions_per_second").isNull()).isTrue();
  }

  static Stream<Arguments> badInputs() {
    return Stream.of(
        Arguments.of("zero threads", new String[] {"--threads", "0"}, "--threads must be positive, found 0"),
        Arguments.of("fewer envs than threads", new String[] {"--threads", "2", "--num-envs", "1"},
            "--num-envs must be at least --threads=2"),
        Arguments.of("zero seconds", new String[] {"--seconds", "0"}, "--seconds must be a positive number, found 0.0"),
        Arguments.of("negative warmup", new String[] {"--warmup", "-1"}, "--warmup must be a number >= 0, found -1.0"),
        Arguments.of("unknown env", new String[] {"--env", "nope-v1"}, "unknown environment 'nope-v1'"),
        Arguments.of("unknown key", new String[] {"--set", "nope=1"}, "unknown key 'nope'"),
        Arguments.of("bad value", new String[] {"--set", "slate_size=0"}, "slate_size"),
        Arguments.of("agent key", new String[] {"--set", "agent.gamma=0.5"}, "no agent is built here"),
        Arguments.of("reward", new String[] {"--set", "reward=clicks:1"}, "'reward' is not supported here"),
        Arguments.of("reward parameter", new String[] {"--set", "reward.activeness.tau=2"},
            "'reward.activeness.tau' is not supported here"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void badInputExitsWithCode2AndOneLineNamingTheProblem(String name, String[] extra, String fragment) {
    String[] all = Stream.concat(Stream.of("bench"), Stream.of(extra)).toArray(String[]::new);
    CliRun run = CliRun.of(all);

    assertThat(run.code()).as(run.err()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith("feedgym: error: ")
        .contains(fragment);
  }
}
