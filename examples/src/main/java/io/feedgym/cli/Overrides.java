package io.feedgym.cli;

import com.google.common.collect.ImmutableMap;
import io.feedgym.agents.Agents;
import io.feedgym.config.ConfigBinder;
import io.feedgym.env.registry.Envs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Configuration overrides split between the environment and the agent. {@code env.KEY} goes to the
 * environment, {@code agent.KEY} to the agent, and a plain {@code KEY} to whichever configuration has it;
 * a plain key both or neither have is an error naming the choices.
 *
 * @param env snake_case overrides of the environment's configuration
 * @param agent snake_case overrides of the agent's configuration
 */
record Overrides(ImmutableMap<String, String> env, ImmutableMap<String, String> agent) {
  private static final String ENV_PREFIX = "env.";
  private static final String AGENT_PREFIX = "agent.";

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
    for (var entry : assignments.entrySet()) {
      String key = entry.getKey().strip();
      if (key.startsWith(ENV_PREFIX)) {
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
    return new Overrides(ImmutableMap.copyOf(env), ImmutableMap.copyOf(agent));
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
