package io.feedgym.runner;

import io.feedgym.rewards.registry.RewardSelection;
import java.util.Objects;
import java.util.Optional;

/**
 * What is being run: the environment and agent (ids and configuration records), the reward, the seeds
 * and the planned number of environment steps. Given to every listener when the run starts.
 *
 * @param envId the environment's registry id (or any name for environments built by hand)
 * @param envConfig the environment's configuration record
 * @param agentId the agent's registry id (or any name for agents built by hand)
 * @param agentConfig the agent's configuration record
 * @param reward the reward that replaces the environment's own ({@code ComputeReward}), or empty when
 *     the environment's reward is used
 * @param seeds the run's seeds
 * @param totalSteps planned environment steps, positive
 */
public record RunInfo(
    String envId,
    Record envConfig,
    String agentId,
    Record agentConfig,
    Optional<RewardSelection> reward,
    RunSeeds seeds,
    long totalSteps) {

  public RunInfo {
    Objects.requireNonNull(envId, "envId");
    Objects.requireNonNull(envConfig, "envConfig");
    Objects.requireNonNull(agentId, "agentId");
    Objects.requireNonNull(agentConfig, "agentConfig");
    Objects.requireNonNull(reward, "reward");
    Objects.requireNonNull(seeds, "seeds");
    if (totalSteps <= 0) {
      throw new IllegalArgumentException("steps must be positive, found " + totalSteps);
    }
  }
}
