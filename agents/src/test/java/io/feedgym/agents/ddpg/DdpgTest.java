package io.feedgym.agents.ddpg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.feedgym.agents.AgentContract;
import io.feedgym.agents.Agents;
import io.feedgym.agents.ddpg.DdpgConfig.Bound;
import io.feedgym.agents.ddpg.DdpgConfig.CriticForm;
import io.feedgym.agents.ddpg.DdpgConfig.NoiseKind;
import io.feedgym.agents.nn.NetworkKind;
import io.feedgym.env.Environment;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.registry.Envs;
import io.feedgym.policies.Agent;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The agent contract on feed-v0's ranking weights with the defaults (advantage critic, linear actor with inverted
 * gradients, Gaussian noise); nested, the other parts.
 */
class DdpgTest extends AgentContract<FeedObservation, double[]> {
  static final DdpgConfig SMALL = DdpgConfig.defaults().withSchedule(200, 16);

  @SuppressWarnings("unchecked")
  static Environment<FeedObservation, double[]> weights() {
    return (Environment<FeedObservation, double[]>) Envs.make("feed-v0", Map.of("action", "weights"));
  }

  @SuppressWarnings("unchecked")
  static Agent<FeedObservation, double[]> agent(DdpgConfig config, Environment<FeedObservation, double[]> env,
      long seed) {
    return (Agent<FeedObservation, double[]>) Ddpg.create(env, config, seed, 10_000);
  }

  @Override
  protected Environment<FeedObservation, double[]> newEnvironment() {
    return weights();
  }

  @Override
  protected Agent<FeedObservation, double[]> newAgent(Environment<FeedObservation, double[]> env, long seed) {
    return agent(SMALL, env, seed);
  }

  /** The plain critic with a tanh actor and Ornstein–Uhlenbeck noise, whose process state is saved. */
  @Nested
  class PlainCriticTanhActorWithOrnsteinUhlenbeckNoise extends AgentContract<FeedObservation, double[]> {
    @Override
    protected Environment<FeedObservation, double[]> newEnvironment() {
      return weights();
    }

    @Override
    protected Agent<FeedObservation, double[]> newAgent(Environment<FeedObservation, double[]> env, long seed) {
      return agent(SMALL.withCritic(CriticForm.PLAIN).withBound(Bound.TANH).withNoise(NoiseKind.ORNSTEIN_UHLENBECK),
          env, seed);
    }
  }

  /** The contract for DDPG built by the registry from a few keys, on feed-v0's ranking weights. */
  abstract class KeyedContract extends AgentContract<FeedObservation, double[]> {
    /** The keys beside learning_starts=200 and batch_size=16. */
    abstract Map<String, String> keys();

    @Override
    protected Environment<FeedObservation, double[]> newEnvironment() {
      return weights();
    }

    @Override
    protected Agent<FeedObservation, double[]> newAgent(Environment<FeedObservation, double[]> env, long seed) {
      Map<String, String> keys = new java.util.HashMap<>(keys());
      keys.put("learning_starts", "200");
      keys.put("batch_size", "16");
      return (Agent<FeedObservation, double[]>) Agents.make("ddpg", env, keys, seed, 10_000);
    }
  }

  /** Three-step targets (n_steps=3): the n-step window of the episode under way is saved with the replay. */
  @Nested
  class ThreeStepTargets extends KeyedContract {
    @Override
    Map<String, String> keys() {
      return Map.of("n_steps", "3");
    }
  }

  /** TD3's parts: twin critics, delayed policy updates and target smoothing, all saved and restored. */
  @Nested
  class Td3Options extends KeyedContract {
    @Override
    Map<String, String> keys() {
      return Map.of("twin_critics", "true", "policy_delay", "2", "target_noise", "0.2");
    }
  }

  /** A DeepFM critic (network=deepfm, module networks) over the state and ranking-weight fields. */
  @Nested
  class DeepFmCritic extends AgentContract<FeedObservation, double[]> {
    @Override
    protected Environment<FeedObservation, double[]> newEnvironment() {
      return weights();
    }

    @Override
    protected Agent<FeedObservation, double[]> newAgent(Environment<FeedObservation, double[]> env, long seed) {
      return agent(SMALL.withCritic(CriticForm.PLAIN).withNetwork(NetworkKind.DEEPFM), env, seed);
    }

    /** Half the contract's steps, past the first updates: the block's graph is slower than the MLP. */
    @Override
    protected int steps() {
      return 300;
    }
  }

  /** network= selects a block critic, which needs critic=plain. */
  @Test
  void registryBuildsABlockCriticAndRejectsItWithTheAdvantageForm() {
    Environment<?, ?> env = weights();
    Agent<?, ?> agent = Agents.make("ddpg", env, Map.of("critic", "plain", "network", "fm"), 1, 100);
    assertThat(((Ddpg<?>) agent).config().network()).isEqualTo(NetworkKind.FM);
    assertThatThrownBy(() -> Agents.make("ddpg", env, Map.of("network", "dcn"), 1, 100))
        .hasMessage("network=dcn replaces the critic's MLP and needs critic=plain, found critic=advantage");
  }

  /** The registry builds DDPG with enum keys parsed from the CLI and rejects bad values naming the key. */
  @Test
  void registryBuildsDdpgAndChecksItsKeys() {
    Environment<?, ?> env = weights();
    Agent<?, ?> agent = Agents.make("ddpg", env, Map.of("critic", "plain", "noise", "ornstein-uhlenbeck",
        "bound", "tanh"), 1, 100);
    assertThat(((Ddpg<?>) agent).config().critic()).isEqualTo(CriticForm.PLAIN);
    assertThat(((Ddpg<?>) agent).config().noise()).isEqualTo(NoiseKind.ORNSTEIN_UHLENBECK);
    assertThat(((Ddpg<?>) agent).config().bound()).isEqualTo(Bound.TANH);
    assertThatThrownBy(() -> Agents.make("ddpg", env, Map.of("bound", "clip"), 1, 100))
        .hasMessageContaining("bound").hasMessageContaining("tanh, invert_gradients");
    assertThatThrownBy(() -> Agents.make("ddpg", env, Map.of("tau", "0"), 1, 100))
        .hasMessage("tau must be in (0.0, 1.0], found 0.0");
    assertThatThrownBy(() -> Agents.make("ddpg", env, Map.of("noise_sigma", "-0.1"), 1, 100))
        .hasMessage("noise_sigma must be a finite number >= 0, found -0.1");
    assertThatThrownBy(() -> Agents.make("ddpg", env, Map.of("learning_starts", "10"), 1, 100))
        .hasMessage("learning_starts must be >= batch_size=256 (the first minibatch needs that many transitions), "
            + "found 10");
    assertThatThrownBy(() -> Agents.make("ddpg", env, Map.of("critic_hidden_sizes", "64,0"), 1, 100))
        .hasMessage("critic_hidden_sizes must be one or more positive widths, found [64, 0]");
    assertThatThrownBy(() -> Agents.make("ddpg", env, Map.of("ou_dt", "10"), 1, 100))
        .hasMessage("ou_theta · ou_dt must be <= 1 (a stable Euler step), found ou_theta=0.15 and ou_dt=10.0");
  }

  /**
   * initial_action is the actor's output bias: with the same seed the first greedy action moves by exactly it
   * (a linear output, nothing clipped), and bad vectors name the entry and its range.
   */
  @Test
  void initialActionShiftsTheFirstGreedyActionByItself() {
    Environment<FeedObservation, double[]> env = weights();
    FeedObservation observation = env.reset(3L).observation();
    double[] initial = {0.3, -0.2, 0.1, 0.25, -0.3, 0.05, 0};
    double[] plain = agent(SMALL, env, 9).greedy().act(observation);
    Agent<?, ?> shifted = Agents.make("ddpg", env, Map.of("batch_size", "16", "learning_starts", "200",
        "initial_action", "0.3,-0.2,0.1,0.25,-0.3,0.05,0"), 9, 10_000);
    @SuppressWarnings("unchecked")
    double[] moved = ((Agent<FeedObservation, double[]>) shifted).greedy().act(observation);

    for (int i = 0; i < initial.length; i++) {
      assertThat(moved[i] - plain[i]).as("action %d", i).isCloseTo(initial[i], within(1e-6));
    }
    assertThatThrownBy(() -> Agents.make("ddpg", env, Map.of("initial_action", "0.1,0.2"), 1, 100))
        .hasMessage("initial_action must hold 7 values, one per action dimension, found 2");
    assertThatThrownBy(() -> Agents.make("ddpg", env, Map.of("initial_action", "0,0,0,0,0,0,1.5"), 1, 100))
        .hasMessage("initial_action[6] must be in [-1, 1], found 1.5");
    assertThatThrownBy(() -> Agents.make("ddpg", env, Map.of("bound", "tanh", "initial_action", "1,0,0,0,0,0,0"),
        1, 100)).hasMessage("initial_action[0] must be in (-1, 1) with bound=tanh, found 1.0");
  }

  /** With policy_delay 2 the actor moves on every second update only (TD3's delayed policy updates). */
  @Test
  void policyDelayMovesTheActorOnEverySecondUpdate() {
    Environment<FeedObservation, double[]> env = weights();
    FeedObservation probe = env.reset(11L).observation();
    Ddpg<?> ddpg = (Ddpg<?>) Agents.make("ddpg", env, Map.of("batch_size", "16", "learning_starts", "16",
        "train_frequency", "1", "policy_delay", "2", "twin_critics", "true"), 4, 1_000);
    @SuppressWarnings("unchecked")
    Agent<FeedObservation, double[]> agent = (Agent<FeedObservation, double[]>) ddpg;
    FeedObservation observation = env.reset(1L).observation();
    java.util.List<Boolean> moved = new java.util.ArrayList<>();
    double[] last = agent.greedy().act(probe);
    while (ddpg.updates() < 6) {
      long before = ddpg.updates();
      double[] action = agent.act(observation);
      var step = env.step(action);
      agent.observe(observation, action, step);
      observation = step.done() ? env.reset().observation() : step.observation();
      if (ddpg.updates() > before) {
        double[] now = agent.greedy().act(probe);
        moved.add(!java.util.Arrays.equals(now, last));
        last = now;
      }
    }
    assertThat(moved).containsExactly(true, false, true, false, true, false);
  }

  /** With actor_delay the first updates train only the critic: the greedy action stays, then moves. */
  @Test
  void actorDelayKeepsTheActorUntilTheCriticHasHadItsUpdates() {
    Environment<FeedObservation, double[]> env = weights();
    FeedObservation probe = env.reset(11L).observation();
    Ddpg<?> ddpg = (Ddpg<?>) Agents.make("ddpg", env, Map.of("batch_size", "16", "learning_starts", "16",
        "train_frequency", "1", "actor_delay", "20"), 4, 1_000);
    @SuppressWarnings("unchecked")
    Agent<FeedObservation, double[]> agent = (Agent<FeedObservation, double[]>) ddpg;
    double[] before = agent.greedy().act(probe);
    FeedObservation observation = env.reset(1L).observation();
    for (int i = 0; i < 56; i++) {
      if (i == 36) {
        assertThat(ddpg.updates()).isEqualTo(20);
        assertThat(agent.greedy().act(probe)).containsExactly(before);
      }
      double[] action = agent.act(observation);
      var step = env.step(action);
      agent.observe(observation, action, step);
      observation = step.done() ? env.reset().observation() : step.observation();
    }
    assertThat(ddpg.updates()).isEqualTo(40);
    assertThat(agent.greedy().act(probe)).isNotEqualTo(before);
    assertThatThrownBy(() -> Agents.make("ddpg", env, Map.of("actor_delay", "-1"), 1, 100))
        .hasMessage("actor_delay must be >= 0, found -1");
    assertThatThrownBy(() -> Agents.make("ddpg", env, Map.of("policy_delay", "0"), 1, 100))
        .hasMessage("policy_delay must be >= 1, found 0");
    assertThatThrownBy(() -> Agents.make("ddpg", env, Map.of("target_noise", "-0.1"), 1, 100))
        .hasMessageContaining("target_noise");
    assertThatThrownBy(() -> Agents.make("ddpg", env, Map.of("n_steps", "0"), 1, 100))
        .hasMessage("n_steps must be >= 1, found 0");
    assertThatThrownBy(() -> Agents.make("ddpg", env, Map.of("n_steps", "5", "learning_starts", "259",
        "batch_size", "256"), 1, 100)).hasMessageContaining("learning_starts must be at least batch_size + n_steps - 1 = 260");
  }

  /** With train_frequency 4 and gradient_steps 3, 100 steps after learning_starts make 25 phases of 3 updates. */
  @Test
  void trainFrequencyAndGradientStepsSetTheNumberOfUpdates() {
    Environment<FeedObservation, double[]> env = weights();
    Ddpg<?> ddpg = (Ddpg<?>) Agents.make("ddpg", env, Map.of("batch_size", "64", "learning_starts", "64",
        "train_frequency", "4", "gradient_steps", "3"), 1, 1_000);
    @SuppressWarnings("unchecked")
    Agent<FeedObservation, double[]> agent = (Agent<FeedObservation, double[]>) ddpg;
    FeedObservation observation = env.reset(1L).observation();
    for (int i = 0; i < 164; i++) {
      double[] action = agent.act(observation);
      var step = env.step(action);
      agent.observe(observation, action, step);
      observation = step.done() ? env.reset().observation() : step.observation();
    }
    assertThat(ddpg.steps()).isEqualTo(164);
    assertThat(ddpg.updates()).isEqualTo(25 * 3);
    assertThatThrownBy(() -> Agents.make("ddpg", env, Map.of("gradient_steps", "0"), 1, 100))
        .hasMessage("gradient_steps must be >= 1, found 0");
    assertThatThrownBy(() -> Agents.make("ddpg", env, Map.of("action_l2", "-1"), 1, 100))
        .hasMessage("action_l2 must be a finite number >= 0, found -1.0");
  }

  @Test
  void discreteAndSlateActionsAreRejected() {
    assertThatThrownBy(() -> Agents.make("ddpg", Envs.make("cartpole-v1"), Map.of(), 1, 100))
        .hasMessageStartingWith("ddpg needs a one-dimensional Box action space (e.g. feed-v0 with --set "
            + "action=weights), found Discrete");
    assertThatThrownBy(() -> Agents.make("ddpg", Envs.make("feed-v0"), Map.of(), 1, 100))
        .hasMessageStartingWith("ddpg needs a one-dimensional Box action space").hasMessageContaining("Slate");
  }
}
