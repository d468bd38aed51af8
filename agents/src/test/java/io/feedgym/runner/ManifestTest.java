package io.feedgym.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.feedgym.rewards.registry.RewardSelection;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {
  @TempDir
  Path dir;

  @Test
  void recordsConfigsSeedsSettingsAndProvenance() throws IOException {
    Path file = dir.resolve("manifest.json");

    new Runner<>(new TinyEnv(), new ScriptedAgent(2), RunnerTest.info(3),
        List.of(new Manifest(file, Map.of("eval_episodes", 20), Provenance.capture()))).run();

    JsonNode json = new ObjectMapper().readTree(file.toFile());
    assertThat(json.get("env").asText()).isEqualTo("tiny-v0");
    assertThat(json.get("agent").asText()).isEqualTo("scripted");
    assertThat(json.at("/agent_config/metrics_every").asInt()).isEqualTo(2);
    assertThat(json.at("/agent_config/mode").asText()).isEqualTo("fast");
    assertThat(json.at("/env_config/sizes/0").asInt()).isEqualTo(1);
    assertThat(json.at("/seeds/run").asLong()).isEqualTo(7);
    assertThat(json.at("/seeds/env").asLong()).isEqualTo(0);
    assertThat(json.at("/seeds/agent").asLong()).isEqualTo(11);
    assertThat(json.at("/seeds/eval").asLong()).isEqualTo(100);
    assertThat(json.get("steps").asLong()).isEqualTo(3);
    assertThat(json.at("/settings/eval_episodes").asInt()).isEqualTo(20);
    assertThat(json.at("/versions/dl4j").asText()).isEqualTo("1.0.0-M2.1");
    assertThat(json.at("/versions/nd4j").asText()).isEqualTo("1.0.0-M2.1");
    assertThat(json.at("/versions/java").asText()).startsWith(System.getProperty("java.version"));
    assertThat(json.get("os").asText()).contains(System.getProperty("os.name"));
    assertThat(json.get("jvm_args").isArray()).isTrue();
    assertThat(json.get("git_commit").asText()).matches("[0-9a-f]{40}|unknown");
    assertThat(json.has("reward")).isFalse();
  }

  @Test
  void recordsTheRewardWithEveryParameter() throws IOException {
    Path file = dir.resolve("manifest.json");
    RewardSelection reward = RewardSelection.of("clicks:2,leave", Map.of());

    new Runner<>(new TinyEnv(), new ScriptedAgent(2), RunnerTest.info(1, Optional.of(reward)),
        List.of(new Manifest(file, Map.of(), Provenance.capture()))).run();

    JsonNode json = new ObjectMapper().readTree(file.toFile());
    assertThat(json.at("/reward/sum").asText()).isEqualTo("clicks:2.0,leave:1.0");
    assertThat(json.at("/reward/params/leave/penalty").asDouble()).isEqualTo(1.0);
  }
}
