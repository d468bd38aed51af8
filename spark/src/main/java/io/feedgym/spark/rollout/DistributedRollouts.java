package io.feedgym.spark.rollout;

import io.feedgym.env.Environment;
import io.feedgym.env.registry.Envs;
import io.feedgym.policies.Baselines;
import io.feedgym.policies.Policy;
import io.feedgym.rewards.registry.RewardSelection;
import io.feedgym.rewards.wrappers.ComputeReward;
import io.feedgym.runner.EvalResult;
import io.feedgym.runner.EvaluatedEpisode;
import io.feedgym.runner.Evaluator;
import io.feedgym.runner.RunSeeds;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Evaluates a baseline policy over many simulated sessions spread over a cluster, with {@code feedgym eval}'s seeds:
 * the evaluation seed is split from the run seed ({@link RunSeeds}), episode i starts from {@code reset(eval seed +
 * i)} wherever it runs, and the driver summarises the episodes in order ({@link Evaluator#summarize}), so a policy
 * that keeps no state across episodes gets exactly {@code feedgym eval}'s result with the same seed and episode count,
 * however the episodes are partitioned. Each episode gets a fresh policy built with the agent seed plus i, so a
 * stochastic policy (random) is reproducible and independent of the partitioning too, but draws other numbers than
 * {@code feedgym eval}'s single policy instance does. Checkpoints are not supported (they need DL4J on executors).
 */
public final class DistributedRollouts {

  /**
   * A rollout job, as it travels to the executors.
   *
   * @param env the environment id
   * @param envOverrides the environment's overrides
   * @param reward the reward spec replacing the environment's own (as {@code --set reward=} takes it), or null
   * @param policy a baseline policy's name ({@link Baselines})
   * @param episodes episodes, positive
   * @param seed the run seed
   */
  public record Job(String env, Map<String, String> envOverrides, String reward, String policy, int episodes,
      long seed) implements Serializable {

    public Job {
      envOverrides = Map.copyOf(envOverrides);
      if (episodes <= 0) {
        throw new IllegalArgumentException("--episodes must be positive, found " + episodes);
      }
    }

    /** The reward selection, if the job replaces the environment's reward. */
    public java.util.Optional<RewardSelection> rewardSelection() {
      return java.util.Optional.ofNullable(reward).map(r -> RewardSelection.of(r, Map.of()));
    }
  }

  private DistributedRollouts() {}

  /** Plays the job's episodes in {@code partitions} partitions and summarises them as {@code feedgym eval} does. */
  public static EvalResult evaluate(JavaSparkContext sc, Job job, int partitions) {
    try (Environment<?, ?> check = environment(job)) {
      Baselines.make(job.policy(), check, 0); // an unknown or inapplicable policy fails here, on the driver
    }
    List<Integer> indices = IntStream.range(0, job.episodes()).boxed().toList();
    List<EvaluatedEpisode> played = new ArrayList<>(sc.parallelize(indices, partitions).mapPartitions(it -> {
      List<EvaluatedEpisode> out = new ArrayList<>();
      RunSeeds seeds = RunSeeds.from(job.seed());
      Evaluator evaluator = new Evaluator(job.episodes(), seeds.eval());
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

  /** The job's environment, with its reward replaced when the job selects one. */
  static Environment<?, ?> environment(Job job) {
    return wrap(Envs.make(job.env(), job.envOverrides()), job.rewardSelection());
  }

  private static <O, A> Environment<O, A> wrap(Environment<O, A> env,
      java.util.Optional<RewardSelection> reward) {
    return reward.<Environment<O, A>>map(r -> new ComputeReward<>(env, r.reward())).orElse(env);
  }

  /** The policy was built for this environment, so their observation and action types agree. */
  @SuppressWarnings("unchecked")
  private static <O, A> EvaluatedEpisode play(Evaluator evaluator, Environment<O, A> env, Policy<?, ?> policy, int i) {
    return evaluator.play(env, (Policy<O, A>) policy, i);
  }
}
