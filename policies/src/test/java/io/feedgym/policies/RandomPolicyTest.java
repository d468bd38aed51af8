package io.feedgym.policies;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedgym.env.Step;
import io.feedgym.env.feed.Feed;
import io.feedgym.env.feed.FeedConfig;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.spaces.Discrete;
import io.feedgym.env.spaces.Slate;
import io.feedgym.env.testing.MaskedSlateEnv;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RandomPolicyTest {

  @Test
  void slatesAvoidMaskedCandidates() {
    MaskedSlateEnv env = new MaskedSlateEnv();
    RandomPolicy<MaskedSlateEnv.Page, int[]> policy = new RandomPolicy<>(env.actionSpace(), 3);
    for (long seed = 0; seed < 50; seed++) {
      MaskedSlateEnv.Page page = env.reset(seed).observation();
      boolean done = false;
      while (!done) {
        int[] slate = policy.act(page);
        assertThat(((Slate) env.actionSpace()).contains(slate, page.mask())).isTrue();
        Step<MaskedSlateEnv.Page> step = env.step(slate);
        page = step.observation();
        done = step.terminated();
      }
    }
  }

  @Test
  void discreteActionsAvoidMaskedIndices() {
    RandomPolicy<MaskedSlateEnv.Page, Integer> policy = new RandomPolicy<>(new Discrete(8), 3);
    boolean[] mask = {false, true, false, false, true, false, false, false};
    MaskedSlateEnv.Page page = new MaskedSlateEnv.Page(0, mask);
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < 100; i++) {
      seen.add(policy.act(page));
    }
    assertThat(seen).containsExactlyInAnyOrder(1, 4);
  }

  @Test
  void playsWholeFeedSessionsWithinTheMask() {
    Feed feed = new Feed(FeedConfig.defaults());
    RandomPolicy<FeedObservation, int[]> policy = new RandomPolicy<>(feed.actionSpace(), 9);
    for (long seed = 0; seed < 20; seed++) {
      FeedObservation observation = feed.reset(seed).observation();
      boolean done = false;
      while (!done) {
        Step<FeedObservation> step = feed.step(policy.act(observation));
        observation = step.observation();
        done = step.terminated() || step.truncated();
      }
    }
  }

  @Test
  void unmaskedObservationsSampleTheWholeSpaceReproducibly() {
    RandomPolicy<double[], Integer> first = new RandomPolicy<>(new Discrete(5), 42);
    RandomPolicy<double[], Integer> second = new RandomPolicy<>(new Discrete(5), 42);
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < 100; i++) {
      int action = first.act(new double[0]);
      assertThat(second.act(new double[0])).isEqualTo(action);
      seen.add(action);
    }
    assertThat(seen).containsExactlyInAnyOrder(0, 1, 2, 3, 4);
  }
}
