package io.feedgym.agents.dqn;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedgym.agents.AgentContract;
import io.feedgym.agents.Agents;
import io.feedgym.env.Environment;
import io.feedgym.env.Step;
import io.feedgym.env.cartpole.CartPole;
import io.feedgym.env.registry.Envs;
import io.feedgym.policies.Agent;
import io.feedgym.policies.ObservationEncoder;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class DoubleDqnTest extends AgentContract<double[], Integer> {
  private static final DqnConfig SMALL = DqnConfig.defaults().withLearningStarts(200).withTrainFrequency(4)
      .withBatchSize(32);

  @Override
  protected Environment<double[], Integer> newEnvironment() {
    return new CartPole();
  }

  @Override
  protected Agent<double[], Integer> newAgent(Environment<double[], Integer> env, long seed) {
    return new DoubleDqn<>(SMALL, ObservationEncoder.flat(4), 2, seed, 10_000);
  }

  /**
   * After some training the online and target networks disagree on the best next action for some
   * states; there the bootstrap is the target's value of the online network's choice (Eq. 4), not the
   * target's maximum.
   */
  @Test
  void onlineNetworkSelectsAndTargetNetworkEvaluates() {
    DoubleDqn<double[]> agent = new DoubleDqn<>(SMALL.withLearningStarts(50).withTrainFrequency(1),
        ObservationEncoder.flat(4), 2, 3, 10_000);
    CartPole env = new CartPole();
    double[] observation = env.reset(1).observation();
    for (int t = 0; t < 600; t++) {
      int action = agent.act(observation);
      Step<double[]> step = env.step(action);
      agent.observe(observation, action, step);
      observation = step.done() ? env.reset().observation() : step.observation();
    }
    SplittableRandom random = new SplittableRandom(5);
    float[] rows = new float[400 * 4];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = (float) random.nextDouble(-2, 2);
    }
    INDArray states = Nd4j.create(rows, new long[] {400, 4}, 'c');
    float[] online = agent.onlineQ(states);
    float[] target = agent.targetQ(states);
    double[] values = agent.nextStateValues(states, states);
    int disagreements = 0;
    for (int i = 0; i < 400; i++) {
      int select = Dqn.argmax(online, i * 2, 2);
      assertThat(values[i]).isEqualTo(target[i * 2 + select]);
      assertThat(values[i]).isLessThanOrEqualTo(Math.max(target[i * 2], target[i * 2 + 1]));
      if (select != Dqn.argmax(target, i * 2, 2)) {
        disagreements++;
      }
    }
    assertThat(disagreements).as("states where online and target pick different actions").isPositive();
  }

  @Test
  void registryBuildsDoubleDqn() {
    assertThat(Agents.make("double-dqn", Envs.make("cartpole-v1"), Map.of(), 1, 100)).isInstanceOf(DoubleDqn.class);
  }
}
