package io.feedgym.env.testing;

import io.feedgym.env.Reset;
import io.feedgym.env.Step;
import io.feedgym.env.wrappers.Wrapper;

/** A {@link CountingEnv} of 3-step episodes with one deliberate {@link Defect}, which the env checker must catch. */
public final class BrokenEnv extends Wrapper<int[], Integer> {

  /** The ways this env breaks the environment contract. */
  public enum Defect {
    /** Each {@code reset(seed)} behaves like {@code reset(seed + number of earlier seeded resets)}. */
    NONDETERMINISTIC_RESET,
    /** Every step's observation is {@code [-1, start]}, outside the observation space. */
    OBSERVATION_OUTSIDE_SPACE,
    /** The second step of every episode has reward NaN. */
    NAN_REWARD,
    /** A step after the episode ended returns the final step again instead of throwing. */
    STEP_AFTER_DONE_ACCEPTED,
    /** An action outside the action space is silently replaced by 0. */
    INVALID_ACTION_ACCEPTED
  }

  private final Defect defect;
  private int seededResets;
  private Step<int[]> last;

  public BrokenEnv(Defect defect) {
    super(new CountingEnv(3));
    this.defect = defect;
  }

  @Override
  public Reset<int[]> reset(long seed) {
    last = null;
    return env.reset(defect == Defect.NONDETERMINISTIC_RESET ? seed + seededResets++ : seed);
  }

  @Override
  public Reset<int[]> reset() {
    last = null;
    return env.reset();
  }

  @Override
  public Step<int[]> step(Integer action) {
    if (defect == Defect.STEP_AFTER_DONE_ACCEPTED && last != null && last.done()) {
      return last;
    }
    boolean invalid = !actionSpace().contains(action);
    Step<int[]> step = env.step(defect == Defect.INVALID_ACTION_ACCEPTED && invalid ? Integer.valueOf(0) : action);
    if (defect == Defect.OBSERVATION_OUTSIDE_SPACE) {
      int[] outside = {-1, step.observation()[1]};
      step = new Step<>(outside, step.reward(), step.terminated(), step.truncated(), step.info());
    }
    if (defect == Defect.NAN_REWARD && step.observation()[0] == 2) {
      step = step.withReward(Double.NaN);
    }
    last = step;
    return step;
  }

  @Override
  public String toString() {
    return "BrokenEnv(" + defect + ")";
  }
}
