package io.feedgym.replay;

/**
 * One environment's step of an on-policy rollout, as {@link RolloutBuffer} stores it. The arrays are
 * owned by the receiver (the buffer copies them).
 *
 * @param observation the encoded observation the action was chosen in, of the buffer's observation size
 * @param action the action as the policy needs it to recompute its log-probability, of the buffer's action size
 * @param logProb log π_old(action | observation), finite
 * @param value V_old(observation), finite
 * @param reward the step's reward, finite
 * @param terminated the MDP ended: the return is not bootstrapped
 * @param truncated a time limit cut the episode: the return is bootstrapped from {@code finalValue}
 * @param finalValue V(final observation) of a truncated step, finite; ignored otherwise
 */
public record RolloutStep(float[] observation, float[] action, double logProb, double value, double reward,
    boolean terminated, boolean truncated, double finalValue) {

  public RolloutStep {
    if (observation == null || action == null) {
      throw new IllegalArgumentException("observation and action must not be null");
    }
    if (!Double.isFinite(logProb) || !Double.isFinite(value) || !Double.isFinite(reward)) {
      throw new IllegalArgumentException("log_prob, value and reward must be finite, found " + logProb + ", " + value
          + ", " + reward);
    }
    if (truncated && !terminated && !Double.isFinite(finalValue)) {
      throw new IllegalArgumentException("a truncated step needs a finite final value, found " + finalValue);
    }
  }

  /** A step that did not end its episode. */
  public static RolloutStep of(float[] observation, float[] action, double logProb, double value, double reward) {
    return new RolloutStep(observation, action, logProb, value, reward, false, false, 0);
  }
}
