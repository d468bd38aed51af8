package io.feedgym.rewards.wrappers;

import io.feedgym.env.Environment;
import io.feedgym.env.Reset;
import io.feedgym.env.Step;
import io.feedgym.env.feedback.Feedback;
import io.feedgym.env.wrappers.Wrapper;
import io.feedgym.rewards.RewardBreakdown;
import io.feedgym.rewards.RewardFunction;
import io.feedgym.rewards.RewardInput;
import java.util.Objects;

/**
 * Replaces every step's reward by a {@link RewardFunction} of the transition, computed from
 * {@code RewardInput.of(previous observation, action, step)}. The step's info gains the reward's
 * {@link RewardBreakdown} under {@link RewardBreakdown#INFO_KEY} and keeps the environment's own reward
 * under {@link #NATIVE_REWARD_INFO_KEY}. A step without {@link Feedback} is an
 * {@link IllegalArgumentException} naming the environment; a non-finite term fails with a
 * {@link io.feedgym.rewards.NonFiniteRewardException}. Not thread-safe.
 */
public final class ComputeReward<O, A> extends Wrapper<O, A> {
  /** The step-info key of the wrapped environment's own reward. */
  public static final String NATIVE_REWARD_INFO_KEY = "native_reward";

  private final RewardFunction<? super O, ? super A> reward;
  private O observation;

  /** Wraps {@code env}, whose steps must publish {@link Feedback}, rewarding each step with {@code reward}. */
  public ComputeReward(Environment<O, A> env, RewardFunction<? super O, ? super A> reward) {
    super(env);
    this.reward = Objects.requireNonNull(reward, "reward");
  }

  /** The reward function that replaces the environment's reward. */
  public RewardFunction<? super O, ? super A> reward() {
    return reward;
  }

  @Override
  protected Reset<O> onReset(Reset<O> reset) {
    observation = reset.observation();
    return reset;
  }

  @Override
  public Step<O> step(A action) {
    Step<O> step = env.step(action);
    if (!(step.info().get(Feedback.INFO_KEY) instanceof Feedback)) {
      throw new IllegalArgumentException(env + " publishes no Feedback under '" + Feedback.INFO_KEY
          + "' in its step info; rewards over feedback need an environment that publishes it");
    }
    RewardBreakdown breakdown = reward.explain(RewardInput.of(observation, action, step));
    observation = step.observation();
    return step.withReward(breakdown.total())
        .withInfo(NATIVE_REWARD_INFO_KEY, step.reward())
        .withInfo(RewardBreakdown.INFO_KEY, breakdown);
  }
}
