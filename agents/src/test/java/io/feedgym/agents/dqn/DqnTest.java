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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DqnTest extends AgentContract<double[], Integer> {
  private static final DqnConfig SMALL = DqnConfig.defaults().withLearningStarts(200).withTrainFrequency(4)
      .withBatchSize(32);

  @Override
  protected Environment<double[], Integer> newEnvironment() {
    return new CartPole();
  }

  @Override
  protected Agent<double[], Integer> newAgent(Environment<double[], Integer> env, long seed) {
    return new Dqn<>(SMALL, ObservationEncoder.flat(4), 2, seed, 10_000);
  }

  /** The agent contract with a DeepFM Q-network from module networks scoring (state, action) rows. */
  @Nested
  class DeepFmQNetwork extends AgentContract<double[], Integer> {
    @Override
    protected Environment<double[], Integer> newEnvironment() {
      return new CartPole();
    }

    @Override
    protected Agent<double[], Integer> newAgent(Environment<double[], Integer> env, long seed) {
      return new Dqn<>(SMALL.withNetwork(NetworkKind.DEEPFM), ObservationEncoder.flat(4), 2, seed, 10_000);
    }

    /** Half the contract's steps, past the first updates: the block's graph is slower than the MLP. */
    @Override
    protected int steps() {
      return 300;
    }
  }

  /**
   * A two-armed bandit (one state, terminated every step, γ irrelevant) with rewards 1 and −1: a block learns
   * both action values, so the label mask reaches the taken action's row.
   */
  @ParameterizedTest
  @EnumSource(value = NetworkKind.class, names = "FM")
  void blockQNetworksLearnEachActionsValue(NetworkKind network) {
    DqnConfig config = new DqnConfig(0.05, 100, 0.5, 1.0, 1, 16, 1.0, 1.0, 0.5, 16, 1, List.of(8),
        TdLoss.Kind.MSE, network);
    Dqn<double[]> dqn = new Dqn<>(config, ObservationEncoder.flat(2), 2, 7, 1000);
    double[] state = {1.0, -0.5};
    for (int t = 0; t < 200; t++) {
      int action = dqn.act(state);
      dqn.observe(state, action, Step.of(state, action == 0 ? 1.0 : -1.0, true, false));
    }
    float[] q = dqn.onlineQ(org.nd4j.linalg.factory.Nd4j.create(new float[] {1f, -0.5f, 1f, -0.5f}, new long[] {2, 2}, 'c'));
    assertThat(q).hasSize(4);
    assertThat(q[0]).isCloseTo(1f, within(0.1f));
    assertThat(q[1]).isCloseTo(-1f, within(0.1f));
    assertThat(q[2]).isEqualTo(q[0]);
    assertThat(q[3]).isEqualTo(q[1]);
    assertThat(dqn.greedy().act(state)).isZero();
  }

  /**
   * One state, one action, reward 1 per step, γ = 0.5: a terminated transition's value is r = 1, a
   * truncated one still bootstraps, so Q converges to r / (1 − γ) = 2.
   */
  @ParameterizedTest
  @EnumSource(TdLoss.Kind.class)
  void terminatedStopsBootstrappingAndTruncatedDoesNot(TdLoss.Kind loss) {
    assertThat(learnedValue(loss, true, false)).isCloseTo(1.0, within(0.05));
    assertThat(learnedValue(loss, false, true)).isCloseTo(2.0, within(0.1));
  }

  private static double learnedValue(TdLoss.Kind loss, boolean terminated, boolean truncated) {
    DqnConfig config = new DqnConfig(0.01, 100, 0.5, 1.0, 20, 16, 0.0, 0.0, 0.5, 16, 1, List.of(8), loss,
        NetworkKind.MLP);
    Dqn<double[]> dqn = new Dqn<>(config, ObservationEncoder.flat(1), 1, 7, 1000);
    double[] state = {1.0};
    Map<String, Double> metrics = Map.of();
    for (int t = 0; t < 3000; t++) {
      Step<double[]> step = Step.of(new double[] {1.0}, 1.0, terminated, truncated);
      metrics = dqn.observe(state, dqn.act(state), step);
    }
    assertThat(metrics).containsKey("losses/td_loss");
    assertThat(dqn.updates()).isEqualTo(3000 - 16);
    return qValue(dqn, state);
  }

  private static double qValue(Dqn<double[]> dqn, double[] state) {
    return dqn.onlineQ(org.nd4j.linalg.factory.Nd4j.create(new float[] {(float) state[0]}, new long[] {1, 1}, 'c'))[0];
  }

  @Test
  void registryBuildsDqnAndValidatesItsConfig() {
    Environment<?, ?> env = Envs.make("cartpole-v1");
    assertThat(Agents.make("dqn", env, Map.of("learning_starts", "128"), 1, 100)).isInstanceOf(Dqn.class);
    assertThatThrownBy(() -> Agents.make("dqn", env, Map.of("learning_starts", "5"), 1, 100))
        .hasMessage("learning_starts must be >= batch_size=128 (the first minibatch needs that many transitions), "
            + "found 5");
    assertThatThrownBy(() -> Agents.make("dqn", env, Map.of("batch_size", "60000", "learning_starts", "60000"), 1, 100))
        .hasMessageStartingWith("batch_size must be at most buffer_size=50000");
    assertThatThrownBy(() -> Agents.make("dqn", env, Map.of("gamma", "1.5"), 1, 100))
        .hasMessage("gamma must be in [0.0, 1.0], found 1.5");
    assertThatThrownBy(() -> Agents.make("dqn", env, Map.of("hidden_sizes", "0"), 1, 100))
        .hasMessageContaining("hidden_sizes must be one or more positive widths");
    assertThat(Agents.make("dqn", env, Map.of("network", "afm"), 1, 100)).isInstanceOf(Dqn.class);
    assertThatThrownBy(() -> Agents.make("dueling-dqn", env, Map.of("network", "fm"), 1, 100))
        .hasMessage("dueling-dqn has its own dueling network and needs network=mlp, found network=fm");
  }
}
