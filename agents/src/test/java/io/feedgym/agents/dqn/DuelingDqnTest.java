package io.feedgym.agents.dqn;

import io.feedgym.agents.nn.NetworkKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.feedgym.agents.AgentContract;
import io.feedgym.agents.Agents;
import io.feedgym.env.Environment;
import io.feedgym.env.Step;
import io.feedgym.env.cartpole.CartPole;
import io.feedgym.env.registry.Envs;
import io.feedgym.policies.Agent;
import io.feedgym.policies.ObservationEncoder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.factory.Nd4j;

class DuelingDqnTest extends AgentContract<double[], Integer> {
  private static final DqnConfig SMALL = DqnConfig.defaults().withLearningStarts(200).withTrainFrequency(4)
      .withBatchSize(32);

  @TempDir Path checkpoints;

  @Override
  protected Environment<double[], Integer> newEnvironment() {
    return new CartPole();
  }

  @Override
  protected Agent<double[], Integer> newAgent(Environment<double[], Integer> env, long seed) {
    return new DuelingDqn<>(SMALL, ObservationEncoder.flat(4), 2, seed, 10_000);
  }

  /**
   * Two actions with rewards 1 and 0 in one terminal state: Q = (1, 0) needs V = 0.5 and A = ±0.5,
   * which the dueling network learns through the taken action's TD error alone.
   */
  @Test
  void learnsTheActionValuesOfAOneStepBandit() {
    DqnConfig config = new DqnConfig(0.01, 100, 0.5, 1.0, 20, 16, 1.0, 1.0, 0.5, 16, 1, List.of(8),
        TdLoss.Kind.MSE, NetworkKind.MLP);
    DuelingDqn<double[]> agent = new DuelingDqn<>(config, ObservationEncoder.flat(1), 2, 7, 1000);
    double[] state = {1.0};
    for (int t = 0; t < 600; t++) {
      int action = agent.act(state);
      agent.observe(state, action, Step.of(new double[] {1.0}, action == 0 ? 1.0 : 0.0, true, false));
    }
    float[] q = agent.onlineQ(Nd4j.create(new float[] {1f}, new long[] {1, 1}, 'c'));
    assertThat(q[0]).isCloseTo(1f, within(0.05f));
    assertThat(q[1]).isCloseTo(0f, within(0.05f));
    assertThat(agent.greedy().act(state)).isZero();
  }

  @Test
  void aDqnCheckpointIsRejectedNamingTheFile() throws IOException {
    new Dqn<>(SMALL, ObservationEncoder.flat(4), 2, 1, 10_000).save(checkpoints);
    assertThatThrownBy(() -> newAgent(newEnvironment(), 1).load(checkpoints)).isInstanceOf(IOException.class)
        .hasMessageStartingWith(checkpoints.resolve("q_network.zip")
            + ": corrupt network checkpoint, or not a dueling Q-network");
  }

  @Test
  void registryBuildsDuelingDqn() {
    assertThat(Agents.make("dueling-dqn", Envs.make("cartpole-v1"), Map.of(), 1, 100)).isInstanceOf(DuelingDqn.class);
    assertThat(Agents.spec("dueling-dqn").defaults()).isEqualTo(DqnConfig.defaults());
    assertThatThrownBy(() -> Agents.make("dueling-dqn", Envs.make("cartpole-v1"), Map.of("hidden_sizes", "0"), 1, 100))
        .hasMessageContaining("hidden_sizes must be one or more positive widths");
  }
}
