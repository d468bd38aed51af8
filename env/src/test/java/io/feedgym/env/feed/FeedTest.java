package io.feedgym.env.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedgym.config.ConfigBinder;
import io.feedgym.env.Step;
import io.feedgym.env.feedback.Feedback;
import io.feedgym.env.feedback.PositionFeedback;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FeedTest {

  private static Feed feed(Map<String, String> overrides) {
    return new Feed(ConfigBinder.bind(FeedConfig.defaults(), overrides));
  }

  private static Feedback feedback(Step<?> step) {
    return (Feedback) step.info().get(Feedback.INFO_KEY);
  }

  @Test
  void observationHasTheDocumentedLayout() {
    Feed env = feed(Map.of());
    FeedObservation o = env.reset(1).observation();
    assertThat(o.numCandidates()).isEqualTo(100);
    assertThat(o.numFeatures()).isEqualTo(FeedObservation.EMBEDDING + 8);
    assertThat(o.user()).hasSize(8 + 4);
    assertThat(o.context()).hasSize(FeedObservation.TOPIC_FATIGUES + 20);
    assertThat(o.context(FeedObservation.PAGE)).isZero();
    for (int c = 0; c < 100; c++) {
      assertThat(o.feature(c, FeedObservation.SEEN)).isZero();
      assertThat(o.feature(c, FeedObservation.TOPIC_FATIGUE)).isZero();
    }
    assertThat(env.observationSpace().contains(o)).isTrue();
  }

  @Test
  void rewardIsThePageClicksAndFeedbackIsConsistent() {
    Feed env = feed(Map.of("max_pages", "200"));
    SplittableRandom random = new SplittableRandom(4);
    int pages = 0;
    for (int episode = 0; episode < 50; episode++) {
      FeedObservation o = env.reset(episode).observation();
      Step<FeedObservation> step;
      int page = 0;
      do {
        int[] slate = env.actionSpace().sample(random, o.mask());
        step = env.step(slate);
        Feedback f = feedback(step);
        assertThat(f.page()).isEqualTo(page++);
        assertThat(step.reward()).isEqualTo(f.clicks());
        assertThat(f.left()).isEqualTo(step.terminated());
        assertThat(f.hasReturnGap()).isFalse();
        for (PositionFeedback p : f.positions()) {
          assertThat(p.candidate()).isEqualTo(slate[p.position()]);
          assertThat(p.itemId()).isEqualTo(o.item(p.candidate()));
          assertThat(p.topic()).isEqualTo(o.topic(p.candidate()));
          assertThat(p.novel()).isEqualTo(o.feature(p.candidate(), FeedObservation.SEEN) == 0);
        }
        FeedObservation next = step.observation();
        assertThat(next.context(FeedObservation.PAGE)).isEqualTo(page);
        assertThat(next.context(FeedObservation.LAST_PAGE_CLICKS)).isEqualTo(f.clicks());
        o = next;
        pages++;
      } while (!step.done());
    }
    assertThat(pages).isGreaterThan(200);
  }

  @Test
  void clickedItemsAreNotRecalledAgainInTheSessionAndShownOnesAreMarkedSeen() {
    Feed env = feed(Map.of("leave_bias", "-50", "click_bias", "5", "position_bias", "0"));
    FeedObservation o = env.reset(2).observation();
    Set<Integer> clicked = new HashSet<>();
    Set<Integer> shown = new HashSet<>();
    for (int page = 0; page < 10; page++) {
      for (int c = 0; c < o.numCandidates(); c++) {
        assertThat(clicked).doesNotContain(o.item(c));
        assertThat(o.feature(c, FeedObservation.SEEN)).isEqualTo(shown.contains(o.item(c)) ? 1.0 : 0.0);
      }
      int[] slate = RankingWeights.topK(o, new double[o.numCandidates()], 10);
      Step<FeedObservation> step = env.step(slate);
      for (PositionFeedback p : feedback(step).positions()) {
        shown.add((int) p.itemId());
        if (p.clicked()) {
          clicked.add((int) p.itemId());
        }
      }
      o = step.observation();
    }
    assertThat(clicked).hasSizeGreaterThan(50);
  }

  @Test
  void userWhoNeverLeavesIsTruncatedAtThePageCap() {
    Feed env = feed(Map.of("leave_bias", "-50", "max_pages", "7"));
    FeedObservation o = env.reset(3).observation();
    Step<FeedObservation> step = null;
    for (int page = 0; page < 7; page++) {
      assertThat(step == null || !step.done()).isTrue();
      step = env.step(env.actionSpace().sample(new SplittableRandom(page), o.mask()));
      o = step.observation();
    }
    assertThat(step.truncated()).isTrue();
    assertThat(step.terminated()).isFalse();
    assertThat(feedback(step).left()).isFalse();
  }

  @Test
  void userWhoAlwaysLeavesTerminatesAfterOnePage() {
    Feed env = feed(Map.of("leave_bias", "50"));
    FeedObservation o = env.reset(3).observation();
    Step<FeedObservation> step = env.step(env.actionSpace().sample(new SplittableRandom(1), o.mask()));
    assertThat(step.terminated()).isTrue();
    assertThat(feedback(step).left()).isTrue();
    assertThatThrownBy(() -> env.step(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("call reset() first");
  }

  @Test
  void positionBiasLowersExaminationDownThePage() {
    Feed env = feed(Map.of("leave_bias", "-50", "max_pages", "50"));
    int[] examined = new int[10];
    SplittableRandom random = new SplittableRandom(9);
    int pages = 0;
    for (int episode = 0; episode < 100; episode++) {
      FeedObservation o = env.reset(episode).observation();
      Step<FeedObservation> step;
      do {
        step = env.step(env.actionSpace().sample(random, o.mask()));
        feedback(step).positions().forEach(p -> examined[p.position()] += p.examined() ? 1 : 0);
        pages++;
        o = step.observation();
      } while (!step.done());
    }
    // (k + 1)^-0.7 at positions 0 and 9
    assertThat((double) examined[0] / pages).isEqualTo(1.0);
    assertThat((double) examined[9] / pages).isBetween(Math.pow(10, -0.7) - 0.02, Math.pow(10, -0.7) + 0.02);
  }

  @Test
  void invalidSlatesAreRejectedWithTheReason() {
    Feed env = feed(Map.of("unavailable_probability", "0.5"));
    FeedObservation o = env.reset(1).observation();
    int masked = 0;
    while (o.available(masked)) {
      masked++;
    }
    int finalMasked = masked;
    assertThatThrownBy(() -> env.step(new int[] {0, 0, 1, 2, 3, 4, 5, 6, 7, 8}))
        .hasMessageContaining("slate index 0 appears twice");
    assertThatThrownBy(() -> env.step(new int[] {1, 2, 3}))
        .hasMessageContaining("slate must hold k=10 indices, found 3");
    assertThatThrownBy(() -> env.step(new int[] {100, 1, 2, 3, 4, 5, 6, 7, 8, 9}))
        .hasMessageContaining("slate index 100 at position 0 is out of range [0, 100)");
    int[] slate = RankingWeights.topK(o, new double[100], 10);
    slate[3] = finalMasked;
    assertThatThrownBy(() -> env.step(slate))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is masked (not available)");
  }

  @Test
  void availabilityNeverLeavesFewerThanKCandidates() {
    Feed env = feed(Map.of("unavailable_probability", "0.99"));
    FeedObservation o = env.reset(1).observation();
    assertThat(o.countAvailable()).isEqualTo(10);
    assertThat(env.observationSpace().contains(o)).isTrue();
  }

  @Test
  void oracleClickProbabilitiesMatchTheHiddenUser() {
    Feed env = feed(Map.of());
    FeedObservation o = env.reset(5).observation();
    double[] probabilities = env.clickProbabilities();
    assertThat(probabilities).hasSize(100);
    assertThat(java.util.Arrays.stream(probabilities).allMatch(p -> p > 0 && p < 1)).isTrue();
    double predicted = 0;
    double truth = 0;
    for (int c = 0; c < 100; c++) {
      predicted += o.feature(c, FeedObservation.PREDICTED_CTR);
      truth += probabilities[c];
    }
    assertThat(predicted / 100).isBetween(truth / 100 - 0.1, truth / 100 + 0.1);
  }
}
