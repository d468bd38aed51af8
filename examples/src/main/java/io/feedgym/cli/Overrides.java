package io.feedgym.cli;

import com.google.common.collect.ImmutableMap;
import io.feedgym.agents.Agents;
import io.feedgym.config.ConfigBinder;
import io.feedgym.env.registry.Envs;
import io.feedgym.rewards.registry.RewardSelection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Configuration overrides split between the environment, the agent and the reward. {@code env.KEY} goes
 * to the environment, {@code agent.KEY} to the agent, {@code reward=ID:WEIGHT,...} selects the reward,
 * {@code reward.ID.KEY} sets a parameter of reward {@code ID}, and a plain {@code KEY} goes to whichever
 * configuration has it; a plain key both or neither have is an error naming the choices.
 *
 * @param env snake_case overrides of the environment's configuration
 * @param agent snake_case overrides of the agent's configuration
 * @param rewardSum the weighted sum {@code reward=...} selects, if given
 * @param rewardParams the {@code reward.ID.KEY} overrides: reward id → snake_case key → value
 */
record Overrides(
    ImmutableMap<String, String> env,
    ImmutableMap<String, String> agent,
    Optional<String> rewardSum,
    ImmutableMap<String, ImmutableMap<String, String>> rewardParams) {
  private static final String ENV_PREFIX = "env.";
  private static final String AGENT_PREFIX = "agent.";
  private static final String REWARD_KEY = "reward";
  private static final String REWARD_PREFIX = "reward.";

  /**
   * Routes {@code assignments} (later ones win) to environment {@code envId} and, when present, agent
   * {@code agentId}; unknown ids and keys fail with an {@link IllegalArgumentException}.
   */
  static Overrides route(Map<String, String> assignments, String envId, Optional<String> agentId) {
    List<String> envKeys = ConfigBinder.keys(Envs.spec(envId).defaults().getClass());
    List<String> agentKeys = agentId.map(id -> ConfigBinder.keys(Agents.spec(id).defaults().getClass()))
        .orElse(List.of());
    String envName = "environment " + envId;
    String agentName = agentId.map(id -> "agent " + id).orElse("");
    Map<String, String> env = new LinkedHashMap<>();
    Map<String, String> agent = new LinkedHashMap<>();
    Optional<String> rewardSum = Optional.empty();
    Map<String, Map<String, String>> rewardParams = new LinkedHashMap<>();
    for (var entry : assignments.entrySet()) {
      String key = entry.getKey().strip();
      if (key.equals(REWARD_KEY)) {
        rewardSum = Optional.of(entry.getValue());
      } else if (key.startsWith(REWARD_PREFIX)) {
        String[] parts = key.substring(REWARD_PREFIX.length()).split("\\.", -1);
        if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
          throw new IllegalArgumentException(
              "key '" + key + "' must look like reward.ID.KEY, e.g. reward.activeness.tau");
        }
        rewardParams.computeIfAbsent(parts[0], id -> new LinkedHashMap<>()).put(parts[1], entry.getValue());
      } else if (key.startsWith(ENV_PREFIX)) {
        env.put(known(key, ENV_PREFIX, envKeys, envName), entry.getValue());
      } else if (key.startsWith(AGENT_PREFIX)) {
        if (agentId.isEmpty()) {
          throw new IllegalArgumentException("key '" + key + "' sets an agent, but no agent is built here; "
              + envName + " has keys: " + String.join(", ", envKeys));
        }
        agent.put(known(key, AGENT_PREFIX, agentKeys, agentName), entry.getValue());
      } else {
        boolean inEnv = envKeys.contains(key);
        boolean inAgent = agentKeys.contains(key);
        if (inEnv && inAgent) {
          throw new IllegalArgumentException("key '" + key + "' is ambiguous: both " + envName + " and "
              + agentName + " have it; write env." + key + " or agent." + key);
        } else if (inEnv) {
          env.put(key, entry.getValue());
        } else if (inAgent) {
          agent.put(key, entry.getValue());
        } else {
          throw new IllegalArgumentException("unknown key '" + key + "'; " + envName + " has keys: "
              + String.join(", ", envKeys)
              + (agentId.isPresent() ? "; " + agentName + " has keys: " + String.join(", ", agentKeys) : ""));
        }
      }
    }
    return new Overrides(ImmutableMap.copyOf(env), ImmutableMap.copyOf(agent), rewardSum,
        rewardParams.entrySet().stream().collect(ImmutableMap.toImmutableMap(Map.Entry::getKey,
            e -> ImmutableMap.copyOf(e.getValue()))));
  }

  /**
   * The reward to use: the one {@code reward=...} selects, with the {@code reward.ID.KEY} overrides;
   * without {@code reward=...}, {@code base} (a checkpoint's reward, say) with those overrides. Unknown
   * rewards and parameters, and overrides without any reward, fail with an {@link IllegalArgumentException}.
   */
  Optional<RewardSelection> reward(Optional<RewardSelection> base) {
    if (rewardSum.isPresent()) {
      return Optional.of(RewardSelection.of(rewardSum.get(), rewardParams));
    }
    if (rewardParams.isEmpty()) {
      return base;
    }
    String id = rewardParams.keySet().iterator().next();
    String key = REWARD_PREFIX + id + "." + rewardParams.get(id).keySet().iterator().next();
    return Optional.of(base.orElseThrow(() -> new IllegalArgumentException("key '" + key
        + "' sets a reward parameter, but no reward is selected; select one with reward=ID:WEIGHT,... (e.g. reward="
        + id + ":1)")).withParams(rewardParams));
  }

  private static String known(String key, String prefix, List<String> keys, String owner) {
    String name = key.substring(prefix.length());
    if (!keys.contains(name)) {
      throw new IllegalArgumentException(
          "unknown key '" + key + "'; " + owner + " has keys: " + String.join(", ", keys));
    }
    return name;
  }
}
