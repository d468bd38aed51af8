package io.feedgym.rewards.combine;

import io.feedgym.rewards.RewardBreakdown;
import io.feedgym.rewards.RewardFunction;
import io.feedgym.rewards.RewardInput;
import java.util.Objects;

/**
 * Potential-based shaping (Ng, Harada &amp; Russell 1999, Eq. 2): the reward {@code r + F} with
 * {@code F = γ·Φ(s′) − Φ(s)}, which leaves the optimal policy unchanged. The next state is terminal
 * when {@code feedback.left()} (the user ended the session), and then {@code Φ(s′) = 0}. The breakdown
 * keeps {@code r}'s terms and adds {@link #TERM} {@code = F}.
 *
 * @param gamma the agent's discount factor γ, in [0, 1]
 * @param potential the potential Φ over observations, non-null
 * @param reward the shaped reward, non-null
 */
public record PotentialShaping<O, A>(double gamma, Potential<? super O> potential, RewardFunction<? super O, ? super A> reward)
    implements RewardFunction<O, A> {
  /** The name of the shaping term. */
  public static final String TERM = "reward/shaping";

  public PotentialShaping {
    Objects.requireNonNull(potential, "potential");
    Objects.requireNonNull(reward, "reward");
    if (!(gamma >= 0 && gamma <= 1)) {
      throw new IllegalArgumentException("gamma must be in [0, 1], found " + gamma);
    }
  }

  @Override
  public RewardBreakdown explain(RewardInput<? extends O, ? extends A> input) {
    double next = input.feedback().left() ? 0.0 : potential.value(input.nextObservation());
    double shaping = gamma * next - potential.value(input.observation());
    return reward.explain(input).plus(TERM, shaping);
  }
}
