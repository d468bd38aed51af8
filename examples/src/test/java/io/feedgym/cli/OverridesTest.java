package io.feedgym.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.feedgym.rewards.registry.RewardSelection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverridesTest {
  private static final Optional<String> DQN = Optional.of("dqn");

  @TempDir
  Path dir;

  @Test
  void prefixedKeysGoToTheirConfigurationAndPlainKeysToTheOneThatHasThem() {
    Map<String, String> assignments = new LinkedHashMap<>();
    assignments.put("env.tau", "0.01");
    assignments.put("agent.tau", "0.5");
    assignments.put("gravity", "1.6");
    assignments.put("learning_starts", "500");

    Overrides overrides = Overrides.route(assignments, "cartpole-v1", DQN);

    assertThat(overrides.env()).containsExactly(Map.entry("tau", "0.01"), Map.entry("gravity", "1.6"));
    assertThat(overrides.agent()).containsExactly(Map.entry("tau", "0.5"), Map.entry("learning_starts", "500"));
  }

  @Test
  void aPlainKeyBothConfigurationsHaveIsAnErrorNamingBoth() {
    assertThatThrownBy(() -> Overrides.route(Map.of("tau", "0.5"), "cartpole-v1", DQN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key 'tau' is ambiguous: both environment cartpole-v1 and agent dqn have it; "
            + "write env.tau or agent.tau");
  }

  @Test
  void aKeyNeitherConfigurationHasIsAnErrorListingTheValidKeys() {
    assertThatThrownBy(() -> Overrides.route(Map.of("warp", "9"), "cartpole-v1", DQN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unknown key 'warp'; environment cartpole-v1 has keys: gravity, cart_mass,")
        .hasMessageContaining("; agent dqn has keys: learning_rate, buffer_size,");
  }

  @Test
  void withoutAnAgentPlainKeysGoToTheEnvironment() {
    Overrides overrides = Overrides.route(Map.of("tau", "0.01"), "cartpole-v1", Optional.empty());

    assertThat(overrides.env()).containsExactly(Map.entry("tau", "0.01"));
    assertThat(overrides.agent()).isEmpty();
  }

  @Test
  void rewardKeysSelectTheRewardAndItsParameters() {
    Map<String, String> assignments = new LinkedHashMap<>();
    assignments.put("reward", "clicks:1,activeness:0.5");
    assignments.put("reward.activeness.tau", "2");
    assignments.put("gravity", "1.6");

    Overrides overrides = Overrides.route(assignments, "cartpole-v1", DQN);

    assertThat(overrides.env()).containsExactly(Map.entry("gravity", "1.6"));
    assertThat(overrides.agent()).isEmpty();
    assertThat(overrides.reward(Optional.empty())).contains(RewardSelection.of("clicks:1,activeness:0.5",
        Map.of("activeness", Map.of("tau", "2"))));
  }

  @Test
  void rewardParametersAloneChangeTheBaseReward() {
    RewardSelection base = RewardSelection.of("clicks:1,activeness:0.5", Map.of());

    Overrides overrides = Overrides.route(Map.of("reward.activeness.tau", "3"), "cartpole-v1", DQN);

    assertThat(overrides.reward(Optional.of(base)))
        .contains(RewardSelection.of("clicks:1,activeness:0.5", Map.of("activeness", Map.of("tau", "3"))));
    assertThat(Overrides.route(Map.of(), "cartpole-v1", DQN).reward(Optional.of(base))).contains(base);
    assertThat(Overrides.route(Map.of("reward", "leave"), "cartpole-v1", DQN).reward(Optional.of(base)))
        .contains(RewardSelection.of("leave", Map.of()));
  }

  @Test
  void setWinsOverTheConfigFile() throws IOException {
    Path config = dir.resolve("eval.properties");
    Files.writeString(config, "# CartPole cut short\nmax_episode_steps = 5\nenv.gravity=9.8\n");

    double fromFile = meanLength(CliRun.of("eval", "--env", "cartpole-v1", "--policy", "random",
        "--episodes", "4", "--config", config.toString()));
    double fromSet = meanLength(CliRun.of("eval", "--env", "cartpole-v1", "--policy", "random",
        "--episodes", "4", "--config", config.toString(), "--set", "max_episode_steps=3"));

    assertThat(fromFile).isEqualTo(5.0);
    assertThat(fromSet).isEqualTo(3.0);
  }

  private static double meanLength(CliRun run) throws IOException {
    assertThat(run.code()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.lastOutLine()).at("/eval/mean_length").asDouble();
  }
}
