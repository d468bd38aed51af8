package io.feedgym.agents.ppo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedgym.agents.AgentContract;
import io.feedgym.agents.Agents;
import io.feedgym.env.Environment;
import io.feedgym.env.Step;
import io.feedgym.env.cartpole.CartPole;
import io.feedgym.env.feed.Feed;
import io.feedgym.env.feed.FeedConfig;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feed.RankingWeights;
import io.feedgym.policies.Agent;
import io.feedgym.policies.ObservationEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The agent contract for the categorical policy on CartPole and, nested, for the feed's slate and weight policies. */
class PpoTest extends AgentContract<double[], Integer> {
  /** One environment, rollouts of 64 steps, 2 minibatches, 2 epochs: several updates within the contract's 600 steps. */
  static final Map<String, String> SMALL = Map.of("num_envs", "1", "num_steps", "64", "num_minibatches", "2",
      "update_epochs", "2", "ent_coef", "0.01");

  @SuppressWarnings("unchecked")
  static <O, A> Agent<O, A> ppo(Environment<O, A> env, Map<String, String> overrides, long seed) {
    return (Agent<O, A>) Agents.make("ppo", env, overrides, seed, 10_000);
  }

  @Override
  protected Environment<double[], Integer> newEnvironment() {
    return new CartPole();
  }

  @Override
  protected Agent<double[], Integer> newAgent(Environment<double[], Integer> env, long seed) {
    return ppo(env, SMALL, seed);
  }

  /** Plackett–Luce slates on feed-v0's pages. */
  @Nested
  class FeedSlates extends AgentContract<FeedObservation, int[]> {
    @Override
    protected Environment<FeedObservation, int[]> newEnvironment() {
      return new Feed(FeedConfig.defaults());
    }

    @Override
    protected Agent<FeedObservation, int[]> newAgent(Environment<FeedObservation, int[]> env, long seed) {
      return ppo(env, SMALL, seed);
    }
  }

  /** Plackett–Luce slates scored by an FM actor (network=fm, module networks). */
  @Nested
  class FeedSlatesWithAnFmActor extends AgentContract<FeedObservation, int[]> {
    @Override
    protected Environment<FeedObservation, int[]> newEnvironment() {
      return new Feed(FeedConfig.defaults());
    }

    @Override
    protected Agent<FeedObservation, int[]> newAgent(Environment<FeedObservation, int[]> env, long seed) {
      return ppo(env, Map.of("num_envs", "1", "num_steps", "16", "num_minibatches", "1", "update_epochs", "1",
          "network", "fm"), seed);
    }

    /** Five rollouts of 16 pages: the block's graph acts and trains far slower than the MLP's mirror. */
    @Override
    protected int steps() {
      return 80;
    }
  }

  /** A block actor scores (state, item) rows: only slates have items. */
  @Test
  void aBlockActorNeedsSlateActions() {
    assertThatThrownBy(() -> ppo(new CartPole(), Map.of("network", "deepfm"), 1))
        .hasMessage("network=deepfm scores (state, item) rows and needs a slate action (feed pages with action=slate); "
            + "use network=mlp for this action space");
  }

  /** A Gaussian over feed-v0's ranking weights (action=weights). */
  @Nested
  class FeedWeights extends AgentContract<FeedObservation, double[]> {
    @Override
    protected Environment<FeedObservation, double[]> newEnvironment() {
      return new RankingWeights(new Feed(FeedConfig.defaults()));
    }

    @Override
    protected Agent<FeedObservation, double[]> newAgent(Environment<FeedObservation, double[]> env, long seed) {
      return ppo(env, SMALL, seed);
    }
  }

  /** One state, two actions, reward 1 for action 1 only: PPO must learn to prefer action 1. */
  @Test
  void learnsTheRewardedActionOfABandit() {
    Ppo<double[], Integer> ppo = new Ppo<>(PpoConfig.cleanRl().withEnvs(1, 64),
        () -> new FlatEncoder<>(ObservationEncoder.flat(1)), new CategoricalHead(2), 3, 64 * 30);
    double[] state = {1.0};
    int rewarded = 0;
    for (int t = 0; t < 64 * 30; t++) {
      int action = ppo.act(state);
      rewarded += t >= 64 * 29 && action == 1 ? 1 : 0;
      ppo.observe(state, action, Step.of(state, action == 1 ? 1.0 : 0.0, true, false));
    }
    assertThat(ppo.greedy().act(state)).isEqualTo(1);
    assertThat(rewarded).as("action 1 in the last rollout of 64").isGreaterThan(58);
    assertThat(ppo.updates()).as("30 rollouts of 4 epochs of 4 minibatches").isEqualTo(30 * 4 * 4);
  }

  /** Two CartPoles stepped in lock-step through the list forms; the single-environment forms are refused. */
  @Test
  void listFormsStepSeveralEnvironmentsDeterministically() {
    Map<String, String> twoEnvs = Map.of("num_envs", "2", "num_steps", "32", "num_minibatches", "2");
    assertThat(lockStep(ppo(new CartPole(), twoEnvs, 4))).isEqualTo(lockStep(ppo(new CartPole(), twoEnvs, 4)));
    Agent<double[], Integer> agent = ppo(new CartPole(), twoEnvs, 4);
    assertThat(agent.numEnvs()).isEqualTo(2);
    assertThatThrownBy(() -> agent.act(new double[4]))
        .hasMessage("ppo with num_envs=2 steps its environments in lock-step through act(List) and observe(List, "
            + "List, List)");
  }

  private static List<Object> lockStep(Agent<double[], Integer> agent) {
    List<CartPole> envs = List.of(new CartPole(), new CartPole());
    List<double[]> observations = new ArrayList<>();
    for (int e = 0; e < 2; e++) {
      observations.add(envs.get(e).reset(10 + e).observation());
    }
    List<Object> trace = new ArrayList<>();
    int updates = 0;
    for (int t = 0; t < 100; t++) {
      List<Integer> actions = agent.act(observations);
      List<Step<double[]>> steps = new ArrayList<>();
      for (int e = 0; e < 2; e++) {
        steps.add(envs.get(e).step(actions.get(e)));
      }
      Map<String, Double> metrics = agent.observe(observations, actions, steps);
      updates += metrics.isEmpty() ? 0 : 1;
      trace.add(actions);
      trace.add(metrics);
      for (int e = 0; e < 2; e++) {
        Step<double[]> step = steps.get(e);
        observations.set(e, step.done() ? envs.get(e).reset().observation() : step.observation());
      }
    }
    assertThat(updates).as("rollouts of 32 lock-steps in 100").isEqualTo(3);
    return trace;
  }

  /** The encoder of each environment hears when its environment starts a new episode. */
  @Test
  void encodersAreToldWhenTheirEpisodeStarts() {
    class Counting extends FlatEncoder<double[]> {
      int starts;

      Counting() {
        super(ObservationEncoder.flat(4));
      }

      @Override
      public void startEpisode() {
        starts++;
      }
    }
    List<Counting> encoders = new ArrayList<>();
    Ppo<double[], Integer> ppo = new Ppo<>(PpoConfig.cleanRl().withEnvs(1, 16), () -> {
      Counting encoder = new Counting();
      encoders.add(encoder);
      return encoder;
    }, new CategoricalHead(2), 1, 1000);
    CartPole env = new CartPole();
    double[] observation = env.reset(1).observation();
    int episodes = 0;
    for (int t = 0; t < 200; t++) {
      int action = ppo.act(observation);
      Step<double[]> step = env.step(action);
      ppo.observe(observation, action, step);
      episodes += step.done() ? 1 : 0;
      observation = step.done() ? env.reset().observation() : step.observation();
    }
    assertThat(episodes).isPositive();
    assertThat(encoders.get(0).starts).as("the training environment's encoder").isEqualTo(episodes);
    assertThat(encoders.get(1).starts).as("the greedy policy's encoder").isZero();
  }

  @Test
  void registryValidatesTheConfigAndTheSpaces() {
    Environment<?, ?> env = new CartPole();
    assertThatThrownBy(() -> Agents.make("ppo", env, Map.of("num_minibatches", "3"), 1, 100))
        .hasMessage("num_minibatches must divide num_envs * num_steps = 256, found 3");
    assertThatThrownBy(() -> Agents.make("ppo", env, Map.of("gae_lambda", "1.5"), 1, 100))
        .hasMessage("gae_lambda must be in [0.0, 1.0], found 1.5");
    assertThatThrownBy(() -> Agents.make("ppo", env, Map.of("clip_coef", "0"), 1, 100))
        .hasMessage("clip_coef must be a positive finite number, found 0.0");
    assertThatThrownBy(() -> Agents.make("ppo", env, Map.of("learning_rate", "2"), 1, 100))
        .hasMessage("learning_rate must be in (0, 1], found 2.0");
    assertThatThrownBy(() -> Agents.make("ppo", env, Map.of("hidden_sizes", "0"), 1, 100))
        .hasMessageContaining("hidden_sizes must be one or more positive widths");
  }
}
