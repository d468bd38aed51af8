package io.feedgym.policies.exploration;

import io.feedgym.env.spaces.Box;
import io.feedgym.policies.Policy;
import java.util.Objects;

/**
 * A deterministic continuous policy plus exploration noise, clipped to the action {@link Box}: a = clip(μ(s) +
 * N_t, low, high), DDPG's behaviour policy (Lillicrap et al. 2016, Algorithm 1). Clipping the action sent to
 * the environment is standard DDPG practice (OpenAI Baselines, Stable-Baselines3): the noise, not the user,
 * pushed it outside the box, and the transition stores the clipped action the environment received. Not
 * thread-safe (the noise is stateful).
 *
 * @param <O> the observation type
 */
public final class NoisyActions<O> implements Policy<O, double[]> {
  private final Policy<O, double[]> policy;
  private final ActionNoise noise;
  private final Box box;

  /** Adds {@code noise} to {@code policy}'s actions and clips them to {@code box}. */
  public NoisyActions(Policy<O, double[]> policy, ActionNoise noise, Box box) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.noise = Objects.requireNonNull(noise, "noise");
    this.box = Objects.requireNonNull(box, "box");
  }

  @Override
  public double[] act(O observation) {
    double[] action = policy.act(observation);
    if (action.length != box.size()) {
      throw new IllegalArgumentException("the policy's action has " + action.length + " values, the box " + box.size());
    }
    double[] n = noise.sample();
    double[] noisy = new double[action.length];
    for (int i = 0; i < noisy.length; i++) {
      noisy[i] = Math.min(box.high(i), Math.max(box.low(i), action[i] + n[i]));
    }
    return noisy;
  }

  /** The noise process, to reset at an episode's start and to save with checkpoints. */
  public ActionNoise noise() {
    return noise;
  }
}
