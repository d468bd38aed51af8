package io.feedgym.agents.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.feedgym.agents.Agents;
import io.feedgym.env.Environment;
import io.feedgym.env.Step;
import io.feedgym.env.feed.Feed;
import io.feedgym.env.feed.FeedConfig;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.registry.Envs;
import io.feedgym.policies.Policy;
import io.feedgym.policies.RandomPolicy;
import io.feedgym.replay.feed.FeedTransition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The offline agents as {@code feedgym eval} uses them: built through the registry, trained by updates on a logged
 * dataset, acting inside the action space; same seed, same parameters; save/load reproduces the greedy policy;
 * bad input fails with messages naming it.
 */
class OfflineAgentsTest {
  static final OfflineConfig SMALL = OfflineConfig.defaults().withBatchSize(4);
  static OfflineDataset data;
  static List<FeedObservation> probes;

  static Environment<FeedObservation, int[]> feed() {
    return new Feed(FeedConfig.defaults());
  }

  /** {@code episodes} episodes of {@code policy} on feed-v0, as the converter would read them from a log. */
  static List<List<FeedTransition>> play(Policy<FeedObservation, int[]> policy, int episodes, long seed) {
    return play(feed(), policy, episodes, seed);
  }

  static List<List<FeedTransition>> play(Environment<FeedObservation, int[]> env, Policy<FeedObservation, int[]> policy,
      int episodes, long seed) {
    List<List<FeedTransition>> out = new ArrayList<>();
    for (int e = 0; e < episodes; e++) {
      List<FeedTransition> episode = new ArrayList<>();
      FeedObservation o = env.reset(seed + e).observation();
      while (true) {
        int[] slate = policy.act(o);
        Step<FeedObservation> step = env.step(slate);
        episode.add(FeedTransition.of(o, slate, step));
        if (step.done()) {
          break;
        }
        o = step.observation();
      }
      out.add(episode);
    }
    return out;
  }

  @BeforeAll
  static void log() {
    Environment<FeedObservation, int[]> env = feed();
    data = OfflineDataset.of(play(new RandomPolicy<>(env.actionSpace(), 3), 2, 100));
    probes = List.of(data.page(0).observation(), data.page(data.pages() - 1).observation());
  }

  static Stream<String> ids() {
    return Stream.of("offline-bc", "offline-dqn", "offline-bcq", "offline-cql");
  }

  static OfflineSlateAgent agent(String id, long seed, Map<String, String> overrides) {
    return (OfflineSlateAgent) Agents.make(id, feed(), overrides, seed, 1);
  }

  static OfflineSlateAgent trained(String id, long seed, int updates) {
    OfflineSlateAgent agent = agent(id, seed, Map.of("batch_size", "4"));
    for (int u = 0; u < updates; u++) {
      Map<String, Double> metrics = agent.update(data);
      assertThat(metrics).isNotEmpty().allSatisfy((name, value) -> assertThat(value).isFinite());
    }
    return agent;
  }

  @TempDir Path dir;

  @ParameterizedTest
  @MethodSource("ids")
  void actsInsideTheActionSpaceAndSameSeedGivesTheSameParameters(String id) {
    Environment<FeedObservation, int[]> env = feed();
    OfflineSlateAgent first = trained(id, 7, 3);
    OfflineSlateAgent second = trained(id, 7, 3);
    for (FeedObservation page : probes) {
      int[] slate = first.act(page);
      assertThat(env.actionSpace().contains(slate)).isTrue();
      assertThat(second.act(page)).containsExactly(slate);
    }
    assertThat(parameters(second)).containsExactly(parameters(first));
    assertThat(parameters(trained(id, 8, 3))).isNotEqualTo(parameters(first));
    assertThat(first.updates()).isEqualTo(3);
  }

  @ParameterizedTest
  @MethodSource("ids")
  void saveAndLoadReproduceTheGreedyPolicyAndTheNextUpdate(String id) throws IOException {
    OfflineSlateAgent agent = trained(id, 3, 2);
    agent.save(dir);
    OfflineSlateAgent loaded = agent(id, 99, Map.of("batch_size", "4"));
    loaded.load(dir);
    for (FeedObservation page : probes) {
      assertThat(loaded.greedy().act(page)).containsExactly(agent.greedy().act(page));
    }
    assertThat(loaded.update(data)).isEqualTo(agent.update(data));
    assertThat(parameters(loaded)).containsExactly(parameters(agent));
  }

  @Test
  void fittedQTargetsMoveTheClickedItemsValue() {
    FittedSlateQ agent = (FittedSlateQ) agent("offline-dqn", 1, Map.of("batch_size", "8"));
    double[] before = agent.itemValues(probes.get(0));
    for (int u = 0; u < 5; u++) {
      agent.update(data);
    }
    assertThat(agent.itemValues(probes.get(0))).isNotEqualTo(before);
  }

  @Test
  void everyQAgentAcceptsTheRecommenderBlocks() {
    OfflineSlateAgent cql = agent("offline-cql", 1, Map.of("network", "deepfm", "batch_size", "4"));
    assertThat(cql.update(data)).containsKey("losses/cql_loss");
    assertThat(feed().actionSpace().contains(cql.act(probes.get(0)))).isTrue();
    OfflineSlateAgent bcq = agent("offline-bcq", 1, Map.of("network", "two_tower", "batch_size", "4"));
    assertThat(bcq.update(data)).containsKeys("losses/td_loss", "losses/bc_nll");
  }

  @Test
  void badInputIsAnErrorNamingIt() throws IOException {
    OfflineSlateAgent agent = agent("offline-cql", 1, Map.of());
    FeedObservation page = probes.get(0);
    assertThatThrownBy(() -> agent.observe(page, agent.act(page), null))
        .hasMessageContaining("offline-cql learns from logged sessions only")
        .hasMessageContaining("feedgym offline --data FILE --agent cql");
    assertThatThrownBy(() -> Agents.make("offline-bcq", feed(), Map.of("bcq_threshold", "1.5"), 1, 1))
        .hasMessageContaining("bcq_threshold");
    assertThatThrownBy(() -> OfflineDataset.of(List.of())).hasMessageContaining("at least one logged page");
    @SuppressWarnings("unchecked")
    Environment<FeedObservation, int[]> small =
        (Environment<FeedObservation, int[]>) Envs.make("feed-v0", Map.of("num_candidates", "20"));
    OfflineDataset fewCandidates = OfflineDataset.of(play(small, new RandomPolicy<>(small.actionSpace(), 1), 1, 5));
    assertThatThrownBy(() -> agent.update(fewCandidates))
        .hasMessageContaining("needs the page's whole candidate set (100 candidates; log with --candidates all)")
        .hasMessageContaining("found 20 candidates at episode 0, page 0");
    Files.createDirectories(dir.resolve("empty"));
    assertThatThrownBy(() -> agent.load(dir.resolve("empty"))).isInstanceOf(IOException.class)
        .hasMessageContaining("offline_state.properties");
  }

  @Test
  void chainsSumItemRewardsAlongTheEpisode() {
    List<FeedTransition> episode = play(new RandomPolicy<>(feed().actionSpace(), 4), 1, 40).get(0);
    OfflineDataset one = OfflineDataset.of(List.of(episode));
    double expected = OfflineDataset.itemReward(episode.get(0)) + 0.5 * OfflineDataset.itemReward(episode.get(1));
    OfflineDataset.Chain chain = one.chain(0, 2, 0.5);
    assertThat(chain.discountedItemRewards()).isCloseTo(expected, within(1e-12));
    assertThat(chain.steps()).isEqualTo(2);
    assertThat(chain.next()).isEqualTo(episode.get(1).nextObservation());
    OfflineDataset.Chain last = one.chain(one.pages() - 1, 5, 0.5);
    assertThat(last.steps()).isEqualTo(1);
    assertThat(last.terminated()).isEqualTo(episode.get(episode.size() - 1).terminated());
  }

  private static double[] parameters(OfflineSlateAgent agent) {
    return agent instanceof BehaviourCloning bc ? bc.parameters() : ((FittedSlateQ) agent).parameters();
  }
}
