package io.feedgym.agents.dqn;

import io.feedgym.agents.nn.NetworkKind;
import io.feedgym.agents.nn.DuelingQNetwork;
import io.feedgym.policies.ObservationEncoder;

/**
 * Dueling DQN (Wang et al. 2016, "Dueling Network Architectures for Deep Reinforcement Learning"): DQN
 * whose Q-network splits after the shared hidden layers into a value stream V(s) and an advantage
 * stream A(s, a), combined by Eq. 9, Q(s, a) = V(s) + A(s, a) − (1/|A|) Σ_a′ A(s, a′)
 * ({@link DuelingQNetwork}). The update, target and schedule are {@link Dqn}'s. Not thread-safe.
 *
 * @param <O> observation type, flattened by an {@link ObservationEncoder}
 */
public class DuelingDqn<O> extends Dqn<O> {

  public DuelingDqn(DqnConfig config, ObservationEncoder<O> encoder, int actions, long seed, long totalSteps) {
    super(requireMlp(config), encoder, actions, seed, totalSteps, DuelingQNetwork::build);
  }

  private static DqnConfig requireMlp(DqnConfig config) {
    if (config.network() != NetworkKind.MLP) {
      throw new IllegalArgumentException("dueling-dqn has its own dueling network and needs network=mlp, found network="
          + config.network().id());
    }
    return config;
  }
}
