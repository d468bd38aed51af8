package io.feedgym.agents.slateq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedgym.agents.AgentContract;
import io.feedgym.agents.Agents;
import io.feedgym.agents.slateq.SlateQConfig.Head;
import io.feedgym.agents.slateq.SlateQConfig.Sampling;
import io.feedgym.agents.slateq.SlateQConfig.Target;
import io.feedgym.env.Environment;
import io.feedgym.env.Step;
import io.feedgym.env.feed.Feed;
import io.feedgym.env.feed.FeedConfig;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feed.FeedObservationSpace;
import io.feedgym.env.registry.Envs;
import io.feedgym.env.spaces.Slate;
import io.feedgym.policies.Agent;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The agent contract for the default parts (plain head, SARSA, top-k) and, nested, for the other parts. */
class SlateQTest extends AgentContract<FeedObservation, int[]> {
  static final SlateQConfig SMALL = SlateQConfig.defaults().withSchedule(200, 4, 16);

  static Environment<FeedObservation, int[]> feed() {
    return new Feed(FeedConfig.defaults());
  }

  static SlateQ<FeedObservation, ?> agent(SlateQConfig config, Environment<FeedObservation, int[]> env, long seed) {
    return SlateQ.feed(config, (FeedObservationSpace) env.observationSpace(), (Slate) env.actionSpace(), seed, 10_000);
  }

  @Override
  protected Environment<FeedObservation, int[]> newEnvironment() {
    return feed();
  }

  @Override
  protected Agent<FeedObservation, int[]> newAgent(Environment<FeedObservation, int[]> env, long seed) {
    return agent(SMALL, env, seed);
  }

  /** The contract on feed-v0 for a variant: nested classes give only the agent. */
  abstract class FeedContract extends AgentContract<FeedObservation, int[]> {
    @Override
    protected Environment<FeedObservation, int[]> newEnvironment() {
      return feed();
    }
  }

  /** Dueling head, Q-learning targets, greedy selection and prioritized replay. */
  @Nested
  class DuelingQLearningGreedy extends FeedContract {
    @Override
    protected Agent<FeedObservation, int[]> newAgent(Environment<FeedObservation, int[]> env, long seed) {
      return agent(SMALL.withHead(Head.DUELING).withTarget(Target.Q_LEARNING)
          .withSlateSelection(SlateSelection.GREEDY).withReplay(Sampling.PRIORITIZED), env, seed);
    }
  }

  /** A DeepFM item network from module networks instead of DRN's towers. */
  @Nested
  class DeepFmItemNetwork extends FeedContract {
    @Override
    protected Agent<FeedObservation, int[]> newAgent(Environment<FeedObservation, int[]> env, long seed) {
      return agent(SMALL.withNetwork(SlateQConfig.ItemNetwork.DEEPFM), env, seed);
    }
  }

  /**
   * Saved in the middle of an episode (as the online protocol's pretraining stops), a loaded agent that is
   * then given a new episode must not link it to the unfinished one, exactly as the agent that was saved does
   * not: the n-step targets of the next updates are the same.
   */
  @Test
  void aLoadedAgentDoesNotLinkANewEpisodeToTheUnfinishedSavedOne(@org.junit.jupiter.api.io.TempDir Path checkpoint)
      throws Exception {
    Environment<FeedObservation, int[]> env = feed();
    SlateQ<FeedObservation, ?> saved = agent(SMALL, env, 7);
    FeedObservation page = env.reset(21).observation();
    for (int t = 0; t < 300; t++) {
      int[] slate = saved.act(page);
      Step<FeedObservation> step = env.step(slate);
      saved.observe(page, slate, step);
      page = step.done() ? env.reset().observation() : step.observation();
    }
    saved.save(checkpoint);
    SlateQ<FeedObservation, ?> loaded = agent(SMALL, env, 99);
    loaded.load(checkpoint);
    for (SlateQ<FeedObservation, ?> agent : java.util.List.of(saved, loaded)) {
      FeedObservation fresh = env.reset(5_000).observation();
      for (int t = 0; t < 3; t++) {
        boolean[] mask = fresh.mask();
        int[] slate = java.util.stream.IntStream.range(0, mask.length).filter(c -> mask[c])
            .limit(((Slate) env.actionSpace()).k()).toArray();
        Step<FeedObservation> step = env.step(slate);
        agent.remember(fresh, slate, step);
        if (step.done()) {
          break;
        }
        fresh = step.observation();
      }
    }
    for (int u = 0; u < 10; u++) {
      assertThat(loaded.update()).isEqualTo(saved.update());
    }
  }

  @Test
  void exploringAndGreedySlatesUseOnlyAvailableCandidates() {
    Feed env = (Feed) Envs.make("feed-v0", Map.of("unavailable_probability", "0.6"));
    SlateQ<FeedObservation, ?> agent = agent(SMALL, env, 2);
    FeedObservation page = env.reset(3).observation();
    for (int t = 0; t < 400; t++) {
      int[] slate = t % 2 == 0 ? agent.act(page) : agent.greedy().act(page);
      for (int c : slate) {
        assertThat(page.available(c)).as("candidate %s at step %s", c, t).isTrue();
      }
      Step<FeedObservation> step = env.step(slate);
      agent.observe(page, slate, step);
      page = step.done() ? env.reset().observation() : step.observation();
    }
    assertThat(agent.updates()).isPositive();
  }

  @Test
  void registryBuildsSlateQAndParsesItsEnumKeys() {
    Environment<?, ?> env = Envs.make("feed-v0");
    Agent<?, ?> agent = Agents.make("slateq", env,
        Map.of("head", "dueling", "target", "q-learning", "slate_selection", "top-k", "replay", "prioritized"), 1, 100);
    assertThat(agent).isInstanceOf(SlateQ.class);
    assertThat(((SlateQ<?, ?>) agent).config().target()).isEqualTo(Target.Q_LEARNING);
    assertThatThrownBy(() -> Agents.make("slateq", env, Map.of("target", "td"), 1, 100))
        .hasMessage("key 'target' must be one of sarsa, q_learning, found 'td'");
    assertThatThrownBy(() -> Agents.make("slateq", env, Map.of("no_click_score", "0"), 1, 100))
        .hasMessage("no_click_score must be a positive finite number, found 0.0");
    assertThatThrownBy(() -> Agents.make("slateq", env, Map.of("gamma", "1.5"), 1, 100))
        .hasMessage("gamma must be in [0.0, 1.0], found 1.5");
  }

  @Test
  void environmentsWithoutSlatesAreRejected() {
    assertThatThrownBy(() -> Agents.make("slateq", Envs.make("cartpole-v1"), Map.of(), 1, 100))
        .hasMessageStartingWith("slateq needs a feed or RecSim environment with slate actions, found observation space Box");
    assertThatThrownBy(() -> Agents.make("slateq", Envs.make("feed-v0", Map.of("action", "weights")), Map.of(), 1, 100))
        .hasMessageStartingWith("slateq needs a feed or RecSim environment with slate actions")
        .hasMessageContaining("action space Box");
  }
}
