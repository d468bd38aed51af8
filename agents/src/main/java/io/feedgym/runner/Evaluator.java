package io.feedgym.runner;

import io.feedgym.env.Environment;
import io.feedgym.env.Step;
import io.feedgym.policies.Policy;

/**
 * Runs a policy for a fixed number of episodes with fixed seeds: episode {@code i} starts from
 * {@code reset(seed + i)}, so the same policy always meets the same episodes. Stateless and thread-safe;
 * the environment it is given is not.
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

  /** Plays {@link #episodes()} full episodes of {@code policy} on {@code env} and summarises their returns. */
  public <O, A> EvalResult evaluate(Environment<O, A> env, Policy<O, A> policy) {
    double[] returns = new double[episodes];
    int[] lengths = new int[episodes];
    for (int i = 0; i < episodes; i++) {
      O observation = env.reset(seed + i).observation();
      Step<O> step;
      do {
        step = env.step(policy.act(observation));
        returns[i] += step.reward();
        lengths[i]++;
        observation = step.observation();
      } while (!step.done());
    }
    return EvalResult.of(returns, lengths);
  }
}
