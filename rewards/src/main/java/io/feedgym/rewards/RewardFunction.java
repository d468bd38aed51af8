package io.feedgym.rewards;

/**
 * A reward computed from one transition's {@link RewardInput}; every reward explains itself as named
 * terms whose sum is the reward. Implementations must be deterministic and side-effect free.
 *
 * @param <O> the observation type the reward reads (use {@code Object} when it reads only feedback)
 * @param <A> the action type the reward reads (use {@code Object} when it reads only feedback)
 */
@FunctionalInterface
public interface RewardFunction<O, A> {

  /**
   * The named terms of the reward for {@code input}; a non-finite term fails with a
   * {@link NonFiniteRewardException} naming it.
   */
  RewardBreakdown explain(RewardInput<? extends O, ? extends A> input);

  /** The reward for {@code input}: the total of {@link #explain}. */
  default double reward(RewardInput<? extends O, ? extends A> input) {
    return explain(input).total();
  }
}
