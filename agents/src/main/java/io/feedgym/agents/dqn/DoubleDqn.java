package io.feedgym.agents.dqn;

import io.feedgym.policies.ObservationEncoder;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Double DQN (van Hasselt, Guez and Silver 2016, "Deep Reinforcement Learning with Double Q-learning",
 * Eq. 4): the online network selects the next action and the target network evaluates it,
 * y = r + γ (1 − terminated) Q(s′, argmax_a′ Q(s′, a′; θ); θ⁻), which removes the overestimation of
 * DQN's max. Everything else is {@link Dqn}. Not thread-safe.
 *
 * @param <O> observation type, flattened by an {@link ObservationEncoder}
 */
public class DoubleDqn<O> extends Dqn<O> {

  public DoubleDqn(DqnConfig config, ObservationEncoder<O> encoder, int actions, long seed, long totalSteps) {
    super(config, encoder, actions, seed, totalSteps);
  }

  /** Q(s′, argmax_a′ Q(s′, a′; θ); θ⁻) for each row of {@code nextStates}. */
  @Override
  protected double[] nextStateValues(INDArray states, INDArray nextStates) {
    float[] select = onlineQ(nextStates);
    float[] evaluate = targetQ(nextStates);
    int actions = actions();
    double[] values = new double[select.length / actions];
    for (int i = 0; i < values.length; i++) {
      values[i] = evaluate[i * actions + argmax(select, i * actions, actions)];
    }
    return values;
  }
}
