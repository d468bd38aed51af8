package io.feedgym.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableMap;
import io.feedgym.rewards.registry.RewardSelection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointingTest {
  @TempDir
  Path dir;

  @Test
  void savesEveryCStepsAndAtTheEndWithAnAgentDescription() throws IOException {
    Path checkpoint = dir.resolve("checkpoint");
    ScriptedAgent agent = new ScriptedAgent(100);

    new Runner<>(new TinyEnv(), agent, RunnerTest.info(7), List.of(new Checkpointing(agent, checkpoint, 3))).run();

    assertThat(Files.readString(checkpoint.resolve("scripted.txt"))).isEqualTo("7 steps, save 3");
    CheckpointInfo info = CheckpointInfo.read(checkpoint);
    assertThat(info.envId()).isEqualTo("tiny-v0");
    assertThat(info.agentId()).isEqualTo("scripted");
    assertThat(info.agentConfig()).containsExactly(
        entry("metrics_every", 2), entry("scale", 0.5), entry("sizes", List.of(3, 4)), entry("mode", "fast"));
    assertThat(info.agentOverrides()).containsExactly(
        entry("metrics_every", "2"), entry("scale", "0.5"), entry("sizes", "3,4"), entry("mode", "fast"));
    assertThat(info.envOverrides()).containsExactly(
        entry("metrics_every", "1"), entry("scale", "1.0"), entry("sizes", "1"), entry("mode", "slow"));
    assertThat(info.reward()).isEmpty();
    assertThat(new ObjectMapper().readTree(checkpoint.resolve(CheckpointInfo.FILE).toFile()).has("reward")).isFalse();
  }

  @Test
  void savesTheRewardSoThatItCanBeRebuilt() throws IOException {
    Path checkpoint = dir.resolve("checkpoint");
    ScriptedAgent agent = new ScriptedAgent(100);
    RewardSelection reward = RewardSelection.of("clicks:1,activeness:0.5", Map.of("activeness", Map.of("tau", "2")));

    new Runner<>(new TinyEnv(), agent, RunnerTest.info(2, Optional.of(reward)),
        List.of(new Checkpointing(agent, checkpoint, 0))).run();

    assertThat(CheckpointInfo.read(checkpoint).reward()).contains(reward);
    JsonNode json = new ObjectMapper().readTree(checkpoint.resolve(CheckpointInfo.FILE).toFile());
    assertThat(json.at("/reward/sum").asText()).isEqualTo("clicks:1.0,activeness:0.5");
    assertThat(json.at("/reward/params/activeness/tau").asDouble()).isEqualTo(2.0);
  }

  @Test
  void doesNotSaveTwiceAtTheLastStep() throws IOException {
    Path checkpoint = dir.resolve("checkpoint");
    ScriptedAgent agent = new ScriptedAgent(100);

    new Runner<>(new TinyEnv(), agent, RunnerTest.info(6), List.of(new Checkpointing(agent, checkpoint, 3))).run();

    assertThat(Files.readString(checkpoint.resolve("scripted.txt"))).isEqualTo("6 steps, save 2");
  }

  @Test
  void aMissingOrCorruptDescriptionFailsNamingTheFile() throws IOException {
    Path file = dir.resolve(CheckpointInfo.FILE);
    assertThatThrownBy(() -> CheckpointInfo.read(dir))
        .isInstanceOf(IOException.class)
        .hasMessage(file + ": checkpoint file is missing");

    Files.writeString(file, "{\"env\": \"cartpole-v1\", ");
    assertThatThrownBy(() -> CheckpointInfo.read(dir))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith(file + ": not valid JSON");

    Files.writeString(file, "{\"env\": \"cartpole-v1\", \"env_config\": {}, \"agent_config\": {}}");
    assertThatThrownBy(() -> CheckpointInfo.read(dir))
        .isInstanceOf(IOException.class)
        .hasMessage(file + ": field 'agent' is missing or not a string");

    String valid = "{\"env\": \"e\", \"env_config\": {}, \"agent\": \"a\", \"agent_config\": {}, ";
    Files.writeString(file, valid + "\"reward\": \"clicks\"}");
    assertThatThrownBy(() -> CheckpointInfo.read(dir))
        .isInstanceOf(IOException.class)
        .hasMessage(file + ": field 'reward' is not an object");

    Files.writeString(file, valid + "\"reward\": {\"sum\": \"clicks:1.0\", \"params\": {\"clicks\": 1}}}");
    assertThatThrownBy(() -> CheckpointInfo.read(dir))
        .isInstanceOf(IOException.class)
        .hasMessage(file + ": parameters of reward 'clicks' must be an object without nulls");

    Files.writeString(file, valid + "\"reward\": {\"sum\": \"klicks:1.0\", \"params\": {}}}");
    assertThatThrownBy(() -> CheckpointInfo.read(dir))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith(file + ": unknown reward 'klicks'; registered: activeness, clicks,");
  }

  @Test
  void rejectsANegativeInterval() {
    assertThatThrownBy(() -> new Checkpointing(new ScriptedAgent(1), dir, -5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("checkpoint every must be >= 0 steps (0 = only at the end), found -5");
  }

  private static <V> java.util.Map.Entry<String, V> entry(String key, V value) {
    return ImmutableMap.of(key, value).entrySet().iterator().next();
  }
}
