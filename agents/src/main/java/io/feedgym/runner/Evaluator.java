package io.feedgym.runner;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import io.feedgym.env.Environment;
import io.feedgym.env.Step;
import io.feedgym.policies.Policy;

/**
 * Runs a policy for a fixed number of episodes with fixed seeds: episode {@code i} starts from
 * {@code reset(seed + i)}, so the same policy always meets the same episodes. Besides returns and
 * lengths it summarises the steps' {@link io.feedgym.env.feedback.Feedback} and reward terms, where
 * present ({@link EvalResult}). Stateless and thread-safe; the environment it is given is not.
 *
 * @param episodes episodes per evaluation, positive
 * @param seed the reset seed of the first episode
 */
public record Evaluator(int episodes, long seed) {

  public Evaluator {
    if (episodes <= 0) {
      throw new IllegalArgumentException("eval episodes must be positive, found " + episodes);
    }
  }

  /** Plays {@link #episodes()} full episodes of {@code policy} on {@code env} and summarises them. */
  public <O, A> EvalResult evaluate(Environment<O, A> env, Policy<O, A> policy) {
    double[] returns = new double[episodes];
    int[] lengths = new int[episodes];
    FeedbackTally feedback = new FeedbackTally();
    RewardTermSums terms = new RewardTermSums();
    for (int i = 0; i < episodes; i++) {
      O observation = env.reset(seed + i).observation();
      Step<O> step;
      do {
        step = env.step(policy.act(observation));
        returns[i] += step.reward();
        lengths[i]++;
        feedback.add(step);
        terms.add(step);
        observation = step.observation();
      } while (!step.done());
      feedback.endEpisode();
    }
    return EvalResult.of(returns, lengths, feedback.metrics(),
        ImmutableMap.copyOf(Maps.transformValues(terms.sums(), sum -> sum / episodes)));
  }
}
