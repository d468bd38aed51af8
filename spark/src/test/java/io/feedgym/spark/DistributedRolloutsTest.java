package io.feedgym.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedgym.env.Environment;
import io.feedgym.env.registry.Envs;
import io.feedgym.policies.Baselines;
import io.feedgym.policies.Policy;
import io.feedgym.runner.EvalResult;
import io.feedgym.runner.Evaluator;
import io.feedgym.runner.RunSeeds;
import io.feedgym.spark.rollout.DistributedRollouts;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;

/** Distributed rollouts against the single-machine evaluator that {@code feedgym eval} runs. */
class DistributedRolloutsTest {
  private static final Map<String, String> SHORT = Map.of("max_pages", "6");

  @Test
  void deterministicBaselinesGetExactlyTheSingleMachineResult() {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(LocalSpark.get().sparkContext());
    for (String policy : new String[] {"myopic", "quality-diversity"}) {
      DistributedRollouts.Job job = new DistributedRollouts.Job("feed-v0", SHORT, null, policy, 9, 4);
      EvalResult single = single(job);

      EvalResult distributed = DistributedRollouts.evaluate(sc, job, 3);

      assertThat(distributed).as(policy).isEqualTo(single);
      assertThat(distributed.feedback()).isNotNull();
    }
  }

  @Test
  void aSelectedRewardGivesTheSameRewardTerms() {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(LocalSpark.get().sparkContext());
    DistributedRollouts.Job job = new DistributedRollouts.Job("feed-v0", SHORT, "clicks:1,purchases:3", "myopic", 5, 8);
    EvalResult distributed = DistributedRollouts.evaluate(sc, job, 2);
    assertThat(distributed).isEqualTo(single(job));
    assertThat(distributed.meanRewardTerms()).isNotEmpty();
  }

  @Test
  void aStochasticPolicyIsReproducibleWhateverThePartitioning() {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(LocalSpark.get().sparkContext());
    DistributedRollouts.Job job = new DistributedRollouts.Job("feed-v0", SHORT, null, "random", 6, 2);
    EvalResult one = DistributedRollouts.evaluate(sc, job, 1);
    assertThat(DistributedRollouts.evaluate(sc, job, 4)).isEqualTo(one);
    assertThat(DistributedRollouts.evaluate(sc, new DistributedRollouts.Job("feed-v0", SHORT, null, "random", 6, 3), 4))
        .isNotEqualTo(one);
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
