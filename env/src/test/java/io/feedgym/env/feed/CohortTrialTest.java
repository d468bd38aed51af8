package io.feedgym.env.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.feedgym.config.ConfigBinder;
import io.feedgym.env.Reset;
import io.feedgym.env.Step;
import io.feedgym.env.feed.FeedCohortsConfig.Split;
import io.feedgym.env.feedback.Feedback;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The trial structure, the cold-start observations and the disjoint task splits of feed-cohorts-v0. */
class CohortTrialTest {
  private static final FeedCohortsConfig SMALL = ConfigBinder.bind(FeedCohortsConfig.defaults(),
      Map.of("num_train_cohorts", "5", "num_heldout_cohorts", "5", "max_pages", "3"));

  private static int[] firstK(FeedObservation page, int k) {
    int[] slate = new int[k];
    for (int c = 0, size = 0; size < k; c++) {
      if (page.available(c)) {
        slate[size++] = c;
      }
    }
    return slate;
  }

  @Test
  void aTrialIsSessionsOfUsersOfOneCohortWithTheSessionIndexAndFeedbackInTheObservation() {
    Feed feed = Feed.cohorts(SMALL);
    FeedObservation page = feed.reset(7).observation();
    double[] prototype = feed.cohortPrototype();
    assertThat(page.previousPage()).isEmpty();
    assertThat(page.user()).containsOnly(0.0);
    int sessionEnds = 0;
    int steps = 0;
    Step<FeedObservation> step;
    do {
      double session = page.context(FeedObservation.SESSION);
      step = feed.step(firstK(page, 10));
      steps++;
      Feedback feedback = (Feedback) step.info().get(Feedback.INFO_KEY);
      FeedObservation next = step.observation();
      assertThat(next.previousPage()).contains(feedback);
      if (!step.done()) {
        assertThat(feed.cohortPrototype()).containsExactly(prototype);
      }
      if (feedback.left() && !step.done()) {
        sessionEnds++;
        assertThat(next.context(FeedObservation.SESSION)).isEqualTo(session + 1);
        assertThat(next.context(FeedObservation.PAGE)).isZero();
      } else if (!step.done()) {
        assertThat(next.context(FeedObservation.SESSION)).isEqualTo(session);
      }
      assertThat(next.user()).containsOnly(0.0);
      page = next;
    } while (!step.done());
    assertThat(sessionEnds).isEqualTo(SMALL.sessionsPerTrial() - 1);
    assertThat(page.context(FeedObservation.SESSION)).isEqualTo(SMALL.sessionsPerTrial() - 1);
    assertThat(steps).isLessThanOrEqualTo(SMALL.sessionsPerTrial() * SMALL.maxPages());
  }

  @Test
  void aPinnedCohortIsEveryTrialsCohortAndHeldoutPrototypesAreNoTrainingOnes() {
    double[][] train = prototypes(Split.TRAIN);
    double[][] heldout = prototypes(Split.HELDOUT);
    for (double[] h : heldout) {
      assertThat(Math.sqrt(Arrays.stream(h).map(x -> x * x).sum())).isCloseTo(1.0, within(1e-9));
      for (double[] t : train) {
        assertThat(h).isNotEqualTo(t);
      }
    }
    assertThat(new HashSet<>(Arrays.stream(train).map(Arrays::toString).toList())).hasSize(train.length);
    // The same task seed gives the same cohorts; another gives others.
    assertThat(prototypes(Split.TRAIN)).isDeepEqualTo(train);
    Feed other = Feed.cohorts(ConfigBinder.bind(SMALL, Map.of("task_seed", "1", "cohort", "0")));
    assertThat(other.reset(0).observation()).isNotNull();
    assertThat(other.cohortPrototype()).isNotEqualTo(train[0]);
  }

  private static double[][] prototypes(Split split) {
    double[][] out = new double[SMALL.numTrainCohorts()][];
    for (int c = 0; c < out.length; c++) {
      Feed feed = Feed.cohorts(SMALL.withSplit(split).withCohort(c));
      for (long seed = 0; seed < 3; seed++) {
        feed.reset(seed);
        double[] prototype = feed.cohortPrototype();
        assertThat(out[c] == null ? prototype : out[c]).containsExactly(prototype);
        out[c] = prototype;
      }
    }
    return out;
  }

  @Test
  void unpinnedTrialsDrawDifferentCohorts() {
    Feed feed = Feed.cohorts(SMALL);
    Set<String> seen = new HashSet<>();
    for (long seed = 0; seed < 30; seed++) {
      feed.reset(seed);
      seen.add(Arrays.toString(feed.cohortPrototype()));
    }
    assertThat(seen).hasSize(SMALL.numTrainCohorts());
  }

  @Test
  void invalidValuesNameTheKeyAndRange() {
    assertThatThrownBy(() -> SMALL.withCohort(5)).hasMessage(
        "cohort must be -1 (a uniformly drawn cohort per trial) or in [0, 4] (num_train_cohorts=5 - 1), found 5");
    assertThatThrownBy(() -> ConfigBinder.bind(SMALL, Map.of("sessions_per_trial", "0")))
        .hasMessage("sessions_per_trial must be >= 1, found 0");
    assertThatThrownBy(() -> ConfigBinder.bind(SMALL, Map.of("prototype_spread", "-1")))
        .hasMessage("prototype_spread must be a finite number >= 0, found -1.0");
    assertThatThrownBy(() -> ConfigBinder.bind(SMALL, Map.of("split", "test")))
        .hasMessage("key 'split' must be one of train, heldout, found 'test'");
  }

  @Test
  void feedV0ObservationsCarryNoFeedback() {
    Feed feed = new Feed(FeedConfig.defaults());
    Reset<FeedObservation> reset = feed.reset(3);
    Step<FeedObservation> step = feed.step(firstK(reset.observation(), 10));
    assertThat(step.observation().previousPage()).isEmpty();
  }
}
