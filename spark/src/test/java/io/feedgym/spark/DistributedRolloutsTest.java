package io.feedgym.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import io.feedgym.agents.Agents;
import io.feedgym.config.ConfigBinder;
import io.feedgym.env.Environment;
import io.feedgym.env.registry.Envs;
import io.feedgym.policies.Agent;
import io.feedgym.policies.Baselines;
import io.feedgym.policies.Policy;
import io.feedgym.runner.CheckpointInfo;
import io.feedgym.runner.EvalResult;
import io.feedgym.runner.Evaluator;
import io.feedgym.runner.RunSeeds;
import io.feedgym.spark.rollout.DistributedRollouts;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Distributed rollouts against the single-machine evaluator that {@code feedgym eval} runs. */
class DistributedRolloutsTest {
  private static final Map<String, String> SHORT = Map.of("max_pages", "6");

  @Test
  void deterministicBaselinesGetExactlyTheSingleMachineResult() {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(LocalSpark.get().sparkContext());
    for (String policy : new String[] {"myopic", "quality-diversity"}) {
      DistributedRollouts.Job job = DistributedRollouts.Job.ofPolicy("feed-v0", SHORT, null, policy, 9, 4);
      EvalResult single = single(job);

      EvalResult distributed = DistributedRollouts.evaluate(sc, job, 3);

      assertThat(distributed).as(policy).isEqualTo(single);
      assertThat(distributed.feedback()).isNotNull();
    }
  }

  @Test
  void aSelectedRewardGivesTheSameRewardTerms() {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(LocalSpark.get().sparkContext());
    DistributedRollouts.Job job = DistributedRollouts.Job.ofPolicy("feed-v0", SHORT, "clicks:1,purchases:3", "myopic", 5, 8);
    EvalResult distributed = DistributedRollouts.evaluate(sc, job, 2);
    assertThat(distributed).isEqualTo(single(job));
    assertThat(distributed.meanRewardTerms()).isNotEmpty();
  }

  @Test
  void aStochasticPolicyIsReproducibleWhateverThePartitioning() {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(LocalSpark.get().sparkContext());
    DistributedRollouts.Job job = DistributedRollouts.Job.ofPolicy("feed-v0", SHORT, null, "random", 6, 2);
    EvalResult one = DistributedRollouts.evaluate(sc, job, 1);
    assertThat(DistributedRollouts.evaluate(sc, job, 4)).isEqualTo(one);
    assertThat(DistributedRollouts.evaluate(sc, DistributedRollouts.Job.ofPolicy("feed-v0", SHORT, null, "random", 6, 3), 4))
        .isNotEqualTo(one);
  }

  @Test
  void aCheckpointShippedToTheExecutorsGetsTheSingleMachineResult(@TempDir Path dir) throws Exception {
    Path checkpoint = dir.resolve("slateq-checkpoint");
    EvalResult single;
    try (Environment<?, ?> env = Envs.make("feed-v0", SHORT)) {
      Agent<?, ?> agent = Agents.make("slateq", env, Map.of("hidden_sizes", "16"), 77, 1);
      agent.save(checkpoint);
      new CheckpointInfo("feed-v0", ImmutableMap.copyOf(ConfigBinder.describe(Envs.config("feed-v0", SHORT))), "slateq",
          ImmutableMap.copyOf(ConfigBinder.describe(agent.config())), Optional.empty()).write(checkpoint);
      single = greedy(env, agent, 7, RunSeeds.from(5));
    }
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(LocalSpark.get().sparkContext());

    // The executors build the agent with run seed 5's agent seed, not 77: only the loaded weights reproduce it.
    EvalResult distributed = DistributedRollouts.evaluate(sc,
        DistributedRollouts.Job.ofCheckpoint(null, Map.of(), null, checkpoint.toString(), 7, 5), 3);

    assertThat(distributed).isEqualTo(single);
  }

  @SuppressWarnings("unchecked")
  private static EvalResult greedy(Environment<?, ?> env, Agent<?, ?> agent, int episodes, RunSeeds seeds) {
    return new Evaluator(episodes, seeds.eval()).evaluate((Environment<Object, Object>) env,
        (Policy<Object, Object>) agent.greedy());
  }

  /** What feedgym eval computes: one environment, one policy, episodes in order. */
  @SuppressWarnings("unchecked")
  private static EvalResult single(DistributedRollouts.Job job) {
    RunSeeds seeds = RunSeeds.from(job.seed());
    Environment<Object, Object> raw = (Environment<Object, Object>) Envs.make(job.env(), job.envOverrides());
    try (Environment<Object, Object> env = job.reward() == null ? raw
        : new io.feedgym.rewards.wrappers.ComputeReward<>(raw, job.rewardSelection().orElseThrow().reward())) {
      Policy<Object, Object> policy = (Policy<Object, Object>) Baselines.make(job.policy(), env, seeds.agent());
      return new Evaluator(job.episodes(), seeds.eval()).evaluate(env, policy);
    }
  }
}
