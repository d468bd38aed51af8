package io.feedgym.agents.offline;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedgym.env.Environment;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.spaces.Slate;
import io.feedgym.policies.Policy;
import io.feedgym.policies.feed.FeedBaselines;
import io.feedgym.replay.feed.FeedTransition;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Small learning sanity checks on logged feed-v0 pages (seconds, fixed seeds): behaviour cloning recovers a
 * deterministic logging policy's slates, and CQL's penalty ranks the logged items above the others. A wrong sign
 * or a lost gradient in either loss fails them.
 */
@Tag("learning")
class OfflineLearningTest {

  @SuppressWarnings("unchecked")
  private static Policy<FeedObservation, int[]> myopic(Environment<FeedObservation, int[]> env) {
    return (Policy<FeedObservation, int[]>) FeedBaselines.forEnvironment("myopic", env);
  }

  private static OfflineDataset myopicLog() {
    Environment<FeedObservation, int[]> env = OfflineAgentsTest.feed();
    return OfflineDataset.of(OfflineAgentsTest.play(myopic(env), 4, 500));
  }

  /** The mean fraction of each logged slate's items that {@code agent}'s greedy slate also holds. */
  private static double overlap(OfflineSlateAgent agent, OfflineDataset data) {
    double sum = 0;
    for (int i = 0; i < data.pages(); i++) {
      FeedTransition t = data.page(i);
      int[] logged = t.slate().toArray();
      sum += Arrays.stream(agent.greedy().act(t.observation())).filter(c -> Arrays.stream(logged).anyMatch(l -> l == c))
          .count() / (double) logged.length;
    }
    return sum / data.pages();
  }

  @Test
  void behaviourCloningRecoversADeterministicLoggingPolicy() {
    OfflineDataset data = myopicLog();
    Environment<FeedObservation, int[]> env = OfflineAgentsTest.feed();
    var space = (io.feedgym.env.feed.FeedObservationSpace) env.observationSpace();
    BehaviourCloning bc = new BehaviourCloning(OfflineConfig.defaults().withBatchSize(16), space,
        (Slate) env.actionSpace(), 1);
    double before = overlap(bc, data);
    for (int u = 0; u < 150; u++) {
      bc.update(data);
    }
    double after = overlap(bc, data);
    assertThat(before).isLessThan(0.4);
    assertThat(after).as("overlap before %s", before).isGreaterThan(0.8);
  }

  @Test
  void cqlValuesTheLoggedItemsAboveTheRest() {
    OfflineDataset data = myopicLog();
    Environment<FeedObservation, int[]> env = OfflineAgentsTest.feed();
    var space = (io.feedgym.env.feed.FeedObservationSpace) env.observationSpace();
    ConservativeSlateQ cql = new ConservativeSlateQ(OfflineConfig.defaults().withBatchSize(16).withCqlAlpha(5),
        space, (Slate) env.actionSpace(), 1);
    for (int u = 0; u < 100; u++) {
      cql.update(data);
    }
    double gap = 0;
    List<Integer> pages = List.of(0, data.pages() / 2, data.pages() - 1);
    for (int i : pages) {
      FeedTransition t = data.page(i);
      double[] q = cql.itemValues(t.observation());
      boolean[] shown = new boolean[space.numCandidates()];
      t.slate().forEach(c -> shown[c] = true);
      double inSlate = 0;
      double others = 0;
      for (int c = 0; c < shown.length; c++) {
        inSlate += shown[c] ? q[c] / t.slate().length() : 0;
        others += shown[c] ? 0 : q[c] / (shown.length - t.slate().length());
      }
      gap += (inSlate - others) / pages.size();
    }
    assertThat(gap).isGreaterThan(0.5);
    assertThat(overlap(cql, data)).isGreaterThan(0.5);
  }
}
