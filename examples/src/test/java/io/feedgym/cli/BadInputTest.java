package io.feedgym.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad input exits with code 2 and one {@code feedgym: error:} line naming the problem. */
class BadInputTest {
  private static final String VALID_AGENT_JSON =
      "{\"env\": \"cartpole-v1\", \"env_config\": {}, \"agent\": \"dqn\", \"agent_config\": {}}";

  @TempDir
  static Path dir;

  @BeforeAll
  static void files() throws IOException {
    Files.createDirectories(dir.resolve("empty"));
    Files.createDirectories(dir.resolve("bad-json"));
    Files.writeString(dir.resolve("bad-json/agent.json"), "{\"env\": \"cartpole-v1\",");
    Files.createDirectories(dir.resolve("bad-key"));
    Files.writeString(dir.resolve("bad-key/agent.json"), VALID_AGENT_JSON.replace("\"agent_config\": {}",
        "\"agent_config\": {\"gama\": 0.9}"));
    Files.createDirectories(dir.resolve("bad-weights"));
    Files.writeString(dir.resolve("bad-weights/agent.json"), VALID_AGENT_JSON);
    Files.writeString(dir.resolve("bad-weights/q_network.zip"), "not a zip");
    Files.writeString(dir.resolve("bad-weights/target_network.zip"), "not a zip");
    Files.writeString(dir.resolve("unknown-key.properties"), "# a comment\nlearning_starts=10\nwarp_speed=9\n");
  }

  static Stream<Arguments> badInputs() {
    String d = dir.toString();
    return Stream.of(
        Arguments.of("unknown flag", new String[] {"train", "--bogus"}, "Unknown option: '--bogus'"),
        Arguments.of("unknown command", new String[] {"fly"}, "Unmatched argument at index 0: 'fly'"),
        Arguments.of("unparsable number", new String[] {"train", "--steps", "many"}, "'many' is not a long"),
        Arguments.of("unknown env", new String[] {"train", "--env", "nope-v1"}, "unknown environment 'nope-v1'"),
        Arguments.of("unknown agent", new String[] {"train", "--agent", "nope"}, "unknown agent 'nope'"),
        Arguments.of("unknown key", new String[] {"train", "--set", "nope=1"}, "unknown key 'nope'"),
        Arguments.of("unknown prefixed key", new String[] {"train", "--set", "env.gamma=1"}, "unknown key 'env.gamma'"),
        Arguments.of("ambiguous key", new String[] {"train", "--env", "cartpole-v1", "--agent", "dqn", "--set", "tau=0.5"},
            "key 'tau' is ambiguous"),
        Arguments.of("bad value", new String[] {"train", "--set", "gamma=2"}, "gamma must be in [0.0, 1.0]"),
        Arguments.of("not key=value", new String[] {"train", "--set", "gamma"}, "KEY=VALUE"),
        Arguments.of("zero steps", new String[] {"train", "--steps", "0"}, "--steps must be positive, found 0"),
        Arguments.of("negative steps", new String[] {"train", "--steps", "-3"}, "--steps must be positive, found -3"),
        Arguments.of("zero eval episodes", new String[] {"train", "--eval-episodes", "0"}, "--eval-episodes"),
        Arguments.of("missing config", new String[] {"train", "--config", d + "/none.properties"},
            "cannot read config file " + d + "/none.properties: no such file"),
        Arguments.of("config is a directory", new String[] {"train", "--config", d},
            "cannot read config file " + d),
        Arguments.of("unknown key in config", new String[] {"train", "--config", d + "/unknown-key.properties"},
            "unknown key 'warp_speed'"),
        Arguments.of("missing checkpoint", new String[] {"eval", "--checkpoint", d + "/none"},
            "--checkpoint " + d + "/none: no such directory"),
        Arguments.of("checkpoint without agent.json", new String[] {"eval", "--checkpoint", d + "/empty"},
            d + "/empty/agent.json: checkpoint file is missing"),
        Arguments.of("corrupt agent.json", new String[] {"eval", "--checkpoint", d + "/bad-json"},
            d + "/bad-json/agent.json: not valid JSON"),
        Arguments.of("unknown key in agent.json", new String[] {"eval", "--checkpoint", d + "/bad-key"},
            d + "/bad-key/agent.json: unknown key 'gama'"),
        Arguments.of("corrupt weights", new String[] {"eval", "--checkpoint", d + "/bad-weights"},
            d + "/bad-weights/q_network.zip: corrupt network checkpoint"),
        Arguments.of("no source", new String[] {"eval", "--env", "cartpole-v1"}, "--checkpoint=DIR"),
        Arguments.of("slate agent on a Box action space",
            new String[] {"train", "--env", "cartpole-v1", "--agent", "slateq"},
            "slateq needs a feed or RecSim environment with slate actions"),
        Arguments.of("DQN on slate actions", new String[] {"train", "--env", "feed-v0", "--agent", "dqn"},
            "dqn needs a Discrete action space"),
        Arguments.of("batch larger than the buffer", new String[] {"train", "--env", "cartpole-v1", "--agent", "dqn",
            "--set", "buffer_size=100"}, "batch_size must be at most buffer_size=100"),
        Arguments.of("two sources", new String[] {"eval", "--checkpoint", d, "--policy", "random"},
            "mutually exclusive"),
        Arguments.of("policy without env", new String[] {"eval", "--policy", "random"}, "--env is required"),
        Arguments.of("unknown policy", new String[] {"eval", "--env", "cartpole-v1", "--policy", "greedy"},
            "unknown policy 'greedy'; registered: cohort-oracle, context-myopic, myopic, oracle, popularity, quality-diversity, random"),
        Arguments.of("agent key without agent", new String[] {"eval", "--env", "cartpole-v1", "--policy", "random",
            "--set", "agent.gamma=0.5"}, "no agent is built here"),
        Arguments.of("unknown reward", new String[] {"eval", "--env", "cartpole-v1", "--policy", "random",
            "--set", "reward=clicks:1,klicks:2"}, "unknown reward 'klicks'; registered: activeness, clicks,"),
        Arguments.of("bad reward weight", new String[] {"train", "--set", "reward=clicks:abc"},
            "weight of reward 'clicks' must be a number, found 'abc'"),
        Arguments.of("unknown reward parameter", new String[] {"train", "--set", "reward=clicks",
            "--set", "reward.clicks.wieght=2"},
            "reward 'clicks': unknown key 'wieght' for ClickReward; valid keys: weight"),
        Arguments.of("bad reward parameter", new String[] {"train", "--set", "reward=activeness",
            "--set", "reward.activeness.tau=0"}, "reward 'activeness': tau must be a finite number > 0, found 0.0"),
        Arguments.of("parameter of an unselected reward", new String[] {"train", "--set", "reward=clicks",
            "--set", "reward.leave.penalty=2"}, "parameters of reward 'leave' are set, but reward 'clicks' does not"),
        Arguments.of("reward parameter without a reward", new String[] {"train", "--set", "reward.leave.penalty=2"},
            "key 'reward.leave.penalty' sets a reward parameter, but no reward is selected"),
        Arguments.of("malformed reward key", new String[] {"train", "--set", "reward.tau=2"},
            "key 'reward.tau' must look like reward.ID.KEY"),
        Arguments.of("reward on an environment without feedback", new String[] {"eval", "--env", "cartpole-v1",
            "--policy", "random", "--set", "reward=clicks"}, "publishes no Feedback under 'feedback'"),
        Arguments.of("check unknown env", new String[] {"check-env", "nope-v1"}, "unknown environment 'nope-v1'"),
        Arguments.of("check bad value", new String[] {"check-env", "cartpole-v1", "--set", "max_episode_steps=0"},
            "max_episode_steps must be positive, found 0"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void exitsWithCode2AndOneLineNamingTheProblem(String name, String[] args, String fragment) {
    CliRun run = CliRun.of(args);

    assertThat(run.code()).as(run.err()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith("feedgym: error: ")
        .contains(fragment)
        .doesNotContain("Exception", "\tat ");
  }
}
