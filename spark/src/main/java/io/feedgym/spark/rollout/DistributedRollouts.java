package io.feedgym.spark.rollout;

import com.google.common.collect.ImmutableMap;
import io.feedgym.agents.Agents;
import io.feedgym.env.Environment;
import io.feedgym.env.registry.Envs;
import io.feedgym.policies.Agent;
import io.feedgym.policies.Baselines;
import io.feedgym.policies.Policy;
import io.feedgym.rewards.registry.RewardSelection;
import io.feedgym.rewards.wrappers.ComputeReward;
import io.feedgym.runner.CheckpointInfo;
import io.feedgym.runner.EvalResult;
import io.feedgym.runner.EvaluatedEpisode;
import io.feedgym.runner.Evaluator;
import io.feedgym.runner.RunSeeds;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.spark.SparkFiles;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Evaluates a baseline policy or a checkpoint's greedy policy over many simulated sessions spread over a cluster,
 * with {@code feedgym eval}'s seeds: the evaluation seed is split from the run seed ({@link RunSeeds}), episode i
 * starts from {@code reset(eval seed + i)} wherever it runs, and the driver summarises the episodes in order
 * ({@link Evaluator#summarize}), so a policy that keeps no state across episodes (every baseline but random, and a
 * checkpoint's greedy policy) gets exactly {@code feedgym eval}'s result with the same seed and episode count,
 * however the episodes are partitioned. A baseline gets a fresh instance per episode built with the agent seed plus
 * i, so random is reproducible and independent of the partitioning too, but draws other numbers than
 * {@code feedgym eval}'s single instance does. A checkpoint directory is shipped to the executors with
 * {@code SparkContext.addFile} and loaded once per partition, with its environment, overrides and reward as
 * {@code feedgym eval --checkpoint} takes them.
 */
public final class DistributedRollouts {

  /**
   * A rollout job, as it travels to the executors: exactly one of {@code policy} and {@code checkpoint}.
   *
   * @param env the environment id; with a checkpoint, null for the checkpoint's
   * @param envOverrides the environment's overrides (with a checkpoint on its own environment, over its overrides)
   * @param reward the reward spec replacing the environment's (or the checkpoint's) reward, as {@code --set reward=}
   *     takes it, or null
   * @param policy a baseline policy's name ({@link Baselines}), or null
   * @param checkpoint a checkpoint directory written by {@code feedgym train} or {@code feedgym offline}, or null
   * @param episodes episodes, positive
   * @param seed the run seed
   */
  public record Job(String env, Map<String, String> envOverrides, String reward, String policy, String checkpoint,
      int episodes, long seed) implements Serializable {

    public Job {
      envOverrides = Map.copyOf(envOverrides);
      if ((policy == null) == (checkpoint == null)) {
        throw new IllegalArgumentException("give exactly one of --policy and --checkpoint");
      }
      if (policy != null && env == null) {
        throw new IllegalArgumentException("--env is required with --policy");
      }
      if (episodes <= 0) {
        throw new IllegalArgumentException("--episodes must be positive, found " + episodes);
      }
    }

    /** A baseline policy's job. */
    public static Job ofPolicy(String env, Map<String, String> envOverrides, String reward, String policy,
        int episodes, long seed) {
      return new Job(env, envOverrides, reward, policy, null, episodes, seed);
    }

    /** A checkpoint's job ({@code env} null for the checkpoint's own environment). */
    public static Job ofCheckpoint(String env, Map<String, String> envOverrides, String reward, String checkpoint,
        int episodes, long seed) {
      return new Job(env, envOverrides, reward, null, checkpoint, episodes, seed);
    }

    /** The reward selection, if the job replaces the environment's reward. */
    public Optional<RewardSelection> rewardSelection() {
      return Optional.ofNullable(reward).map(r -> RewardSelection.of(r, Map.of()));
    }
  }

  private DistributedRollouts() {}

  /** Plays the job's episodes in {@code partitions} partitions and summarises them as {@code feedgym eval} does. */
  public static EvalResult evaluate(JavaSparkContext sc, Job job, int partitions) {
    String shipped;
    if (job.checkpoint() != null) {
      Path dir = Path.of(job.checkpoint()).toAbsolutePath().normalize();
      checkpointPolicy(job, dir, 0).close(); // a missing or unreadable checkpoint fails here, on the driver
      sc.addFile(dir.toString(), true);
      shipped = dir.getFileName().toString();
    } else {
      shipped = null;
      try (Environment<?, ?> check = environment(job)) {
        Baselines.make(job.policy(), check, 0); // an unknown or inapplicable policy fails here, on the driver
      }
    }
    List<Integer> indices = IntStream.range(0, job.episodes()).boxed().toList();
    List<EvaluatedEpisode> played = new ArrayList<>(sc.parallelize(indices, partitions).mapPartitions(it -> {
      List<EvaluatedEpisode> out = new ArrayList<>();
      RunSeeds seeds = RunSeeds.from(job.seed());
      Evaluator evaluator = new Evaluator(job.episodes(), seeds.eval());
      if (shipped != null) {
        try (Loaded loaded = checkpointPolicy(job, Path.of(SparkFiles.get(shipped)), seeds.agent())) {
          while (it.hasNext()) {
            out.add(play(evaluator, loaded.env(), loaded.policy(), it.next()));
          }
        }
        return out.iterator();
      }
      try (Environment<?, ?> env = environment(job)) {
        while (it.hasNext()) {
          int i = it.next();
          out.add(play(evaluator, env, Baselines.make(job.policy(), env, seeds.agent() + i), i));
        }
      }
      return out.iterator();
    }).collect());
    played.sort(Comparator.comparingInt(EvaluatedEpisode::index));
    return Evaluator.summarize(played);
  }

  /** A checkpoint's environment and greedy policy. */
  private record Loaded(Environment<?, ?> env, Policy<?, ?> policy) implements AutoCloseable {
    @Override
    public void close() {
      env.close();
    }
  }

  /**
   * The checkpoint in {@code dir} loaded as {@code feedgym eval --checkpoint} loads it: its environment (or the job's,
   * whose overrides then replace the checkpoint's), its agent configuration, its reward unless the job replaces it.
   */
  private static Loaded checkpointPolicy(Job job, Path dir, long agentSeed) {
    try {
      CheckpointInfo info = CheckpointInfo.read(dir);
      String envId = job.env() == null ? info.envId() : job.env();
      Map<String, String> envOverrides = envId.equals(info.envId())
          ? ImmutableMap.<String, String>builder().putAll(info.envOverrides()).putAll(job.envOverrides())
              .buildKeepingLast()
          : job.envOverrides();
      Optional<RewardSelection> reward = job.rewardSelection().or(info::reward);
      Environment<?, ?> env = wrap(Envs.make(envId, envOverrides), reward);
      try {
        Agent<?, ?> agent = Agents.make(info.agentId(), env, info.agentOverrides(), agentSeed, 1);
        agent.load(dir);
        return new Loaded(env, agent.greedy());
      } catch (IOException | RuntimeException e) {
        env.close();
        throw e;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("--checkpoint " + job.checkpoint() + ": " + e.getMessage(), e);
    }
  }

  /** The job's environment, with its reward replaced when the job selects one. */
  static Environment<?, ?> environment(Job job) {
    return wrap(Envs.make(job.env(), job.envOverrides()), job.rewardSelection());
  }

  private static <O, A> Environment<O, A> wrap(Environment<O, A> env, Optional<RewardSelection> reward) {
    return reward.<Environment<O, A>>map(r -> new ComputeReward<>(env, r.reward())).orElse(env);
  }

  /** The policy was built for this environment, so their observation and action types agree. */
  @SuppressWarnings("unchecked")
  private static <O, A> EvaluatedEpisode play(Evaluator evaluator, Environment<O, A> env, Policy<?, ?> policy, int i) {
    return evaluator.play(env, (Policy<O, A>) policy, i);
  }
}
