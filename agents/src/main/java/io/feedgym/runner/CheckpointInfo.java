package io.feedgym.runner;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableMap;
import io.feedgym.config.ConfigBinder;
import io.feedgym.rewards.registry.RewardSelection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a checkpoint was trained on, stored as {@value #FILE} beside the agent's weights: the environment
 * and agent ids and their full configurations as snake_case key → value, and the reward when one
 * replaced the environment's, enough to rebuild all three through the registries
 * ({@link #envOverrides()}, {@link #agentOverrides()}, {@link #reward()}) and load the weights.
 *
 * @param envId the environment's registry id
 * @param envConfig every key of the environment's configuration with its value
 * @param agentId the agent's registry id
 * @param agentConfig every key of the agent's configuration with its value
 * @param reward the reward trained on, or empty for the environment's own (no {@code reward} field)
 */
public record CheckpointInfo(
    String envId,
    ImmutableMap<String, Object> envConfig,
    String agentId,
    ImmutableMap<String, Object> agentConfig,
    Optional<RewardSelection> reward) {
  /** The file name inside a checkpoint directory. */
  public static final String FILE = "agent.json";

  public CheckpointInfo {
    Objects.requireNonNull(envId, "envId");
    Objects.requireNonNull(envConfig, "envConfig");
    Objects.requireNonNull(agentId, "agentId");
    Objects.requireNonNull(agentConfig, "agentConfig");
    Objects.requireNonNull(reward, "reward");
  }

  /** The checkpoint description of the run {@code info}. */
  public static CheckpointInfo of(RunInfo info) {
    return new CheckpointInfo(info.envId(), ImmutableMap.copyOf(ConfigBinder.describe(info.envConfig())),
        info.agentId(), ImmutableMap.copyOf(ConfigBinder.describe(info.agentConfig())), info.reward());
  }

  /** The environment configuration as string overrides for {@code Envs.make}. */
  public ImmutableMap<String, String> envOverrides() {
    return overrides(envConfig);
  }

  /** The agent configuration as string overrides for {@code Agents.make}. */
  public ImmutableMap<String, String> agentOverrides() {
    return overrides(agentConfig);
  }

  /** Atomically writes {@value #FILE} into {@code checkpointDir}. */
  public void write(Path checkpointDir) throws IOException {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("env", envId);
    json.put("env_config", envConfig);
    json.put("agent", agentId);
    json.put("agent_config", agentConfig);
    reward.ifPresent(r -> json.put("reward", r));
    JsonFiles.write(checkpointDir.resolve(FILE), json);
  }

  /** Reads {@value #FILE} from {@code checkpointDir}; a missing or corrupt file fails with an IOException naming it. */
  public static CheckpointInfo read(Path checkpointDir) throws IOException {
    Path file = checkpointDir.resolve(FILE);
    JsonNode root;
    try {
      root = JsonFiles.MAPPER.readTree(Files.readString(file));
    } catch (NoSuchFileException e) {
      throw new IOException(file + ": checkpoint file is missing", e);
    } catch (JacksonException e) {
      throw new IOException(file + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
    }
    if (root == null || !root.isObject()) {
      throw new IOException(file + ": expected a JSON object");
    }
    return new CheckpointInfo(text(root, "env", file), values(root, "env_config", file),
        text(root, "agent", file), values(root, "agent_config", file), reward(root, file));
  }

  /** The optional {@code reward} field: {@code {"sum": "clicks:1.0", "params": {"clicks": {"weight": 1.0}}}}. */
  private static Optional<RewardSelection> reward(JsonNode root, Path file) throws IOException {
    JsonNode node = root.get("reward");
    if (node == null) {
      return Optional.empty();
    }
    if (!node.isObject()) {
      throw new IOException(file + ": field 'reward' is not an object");
    }
    String sum = text(node, "sum", file);
    ImmutableMap.Builder<String, ImmutableMap<String, Object>> params = ImmutableMap.builder();
    for (Map.Entry<String, Object> entry : values(node, "params", file).entrySet()) {
      if (!(entry.getValue() instanceof Map<?, ?> values) || values.containsValue(null)) {
        throw new IOException(file + ": parameters of reward '" + entry.getKey() + "' must be an object without nulls");
      }
      params.put(entry.getKey(), values.entrySet().stream()
          .collect(ImmutableMap.toImmutableMap(e -> String.valueOf(e.getKey()), e -> (Object) e.getValue())));
    }
    try {
      return Optional.of(new RewardSelection(sum, params.buildOrThrow()));
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  private static String text(JsonNode root, String field, Path file) throws IOException {
    JsonNode node = root.get(field);
    if (node == null || !node.isTextual()) {
      throw new IOException(file + ": field '" + field + "' is missing or not a string");
    }
    return node.asText();
  }

  private static ImmutableMap<String, Object> values(JsonNode root, String field, Path file) throws IOException {
    JsonNode node = root.get(field);
    if (node == null || !node.isObject()) {
      throw new IOException(file + ": field '" + field + "' is missing or not an object");
    }
    Map<String, Object> map = JsonFiles.MAPPER.convertValue(node, JsonFiles.MAPPER.getTypeFactory()
        .constructMapType(LinkedHashMap.class, String.class, Object.class));
    if (map.containsValue(null)) {
      throw new IOException(file + ": field '" + field + "' has a null value");
    }
    return ImmutableMap.copyOf(map);
  }

  private static ImmutableMap<String, String> overrides(Map<String, Object> config) {
    return config.entrySet().stream().collect(ImmutableMap.toImmutableMap(Map.Entry::getKey,
        e -> e.getValue() instanceof List<?> list
            ? list.stream().map(String::valueOf).collect(Collectors.joining(","))
            : String.valueOf(e.getValue())));
  }
}
