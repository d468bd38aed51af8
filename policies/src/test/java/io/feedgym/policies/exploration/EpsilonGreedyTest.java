package io.feedgym.policies.exploration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EpsilonGreedyTest {

  @Test
  void zeroEpsilonIsGreedy() {
    EpsilonGreedy e = new EpsilonGreedy(new LinearSchedule(0, 0, 1), 4, 1);
    for (int i = 0; i < 100; i++) {
      assertThat(e.select(() -> 3)).isEqualTo(3);
    }
  }

  @Test
  void fullEpsilonIsUniformAndSkipsTheGreedyCall() {
    EpsilonGreedy e = new EpsilonGreedy(new LinearSchedule(1, 1, 1), 4, 1);
    int[] counts = new int[4];
    for (int i = 0; i < 4000; i++) {
      counts[e.select(() -> { throw new AssertionError("greedy action computed while exploring"); })]++;
    }
    for (int c : counts) {
      assertThat(c).isBetween(900, 1100);
    }
  }

  @Test
  void explorationRateFollowsTheSchedule() {
    EpsilonGreedy e = new EpsilonGreedy(new LinearSchedule(1, 0, 10_000), 2, 5);
    int random = 0;
    for (int i = 0; i < 10_000; i++) {
      random += e.select(() -> -1) >= 0 ? 1 : 0;
    }
    // Mean ε over the schedule is 0.5; each explored action is random.
    assertThat(random / 10_000.0).isCloseTo(0.5, within(0.03));
    assertThat(e.epsilon()).isEqualTo(0.0);
    assertThat(e.step()).isEqualTo(10_000);
  }

  @Test
  void sameSeedSameChoices() {
    EpsilonGreedy a = new EpsilonGreedy(new LinearSchedule(0.5, 0.5, 1), 6, 9);
    EpsilonGreedy b = new EpsilonGreedy(new LinearSchedule(0.5, 0.5, 1), 6, 9);
    for (int i = 0; i < 200; i++) {
      assertThat(a.select(() -> 0)).isEqualTo(b.select(() -> 0));
    }
  }

  @Test
  void rejectsEpsilonOutsideUnitInterval() {
    assertThatThrownBy(() -> new EpsilonGreedy(new LinearSchedule(1.5, 0, 1), 2, 0))
        .hasMessageContaining("epsilon must stay in [0, 1]");
  }
}
