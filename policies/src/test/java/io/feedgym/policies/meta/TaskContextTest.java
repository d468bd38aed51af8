package io.feedgym.policies.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.feedgym.env.Step;
import io.feedgym.env.feed.Feed;
import io.feedgym.env.feed.FeedCohortsConfig;
import io.feedgym.env.feed.FeedCohortsConfig.Split;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feedback.Feedback;
import io.feedgym.policies.feed.FeatureRanking;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The task context identifies a held-out cohort from one trial of behaviour, and counts what it saw. */
class TaskContextTest {
  private static final int COHORTS = 10;
  private static final FeedCohortsConfig HELDOUT = FeedCohortsConfig.defaults().withSplit(Split.HELDOUT);

  private static double cosine(double[] a, double[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int j = 0; j < a.length; j++) {
      dot += a[j] * b[j];
      na += a[j] * a[j];
      nb += b[j] * b[j];
    }
    return dot / Math.sqrt(na * nb);
  }

  /** Plays one trial of held-out cohort {@code cohort} with the myopic ranking, feeding {@code context} every page. */
  private static double[] trial(int cohort, long seed, TaskContext context, double[][] prototypes) {
    Feed feed = Feed.cohorts(HELDOUT.withCohort(cohort));
    FeatureRanking myopic = FeatureRanking.myopic(feed.actionSpace().k());
    FeedObservation page = feed.reset(seed).observation();
    prototypes[cohort] = feed.cohortPrototype();
    Step<FeedObservation> step;
    do {
      context.observe(page);
      step = feed.step(myopic.act(page));
      page = step.observation();
    } while (!step.done());
    context.observe(page);
    return context.preference();
  }

  /**
   * Prototypes are drawn around topic directions, so two of ten cohorts may be near-duplicates and "closest"
   * is ill-posed; instead a trial's estimate must be closer to its own cohort's prototype than to the other
   * cohorts' on average (for 9 of the 10 cohorts: one trial can be unlucky), and clearly aligned with it
   * overall. A zero, random or sign-flipped context fails.
   */
  @Test
  void oneTrialsContextIsCloserToItsOwnCohortsPrototypeThanToTheOthers() {
    TaskContext context = TaskContext.of(Feed.cohorts(HELDOUT).observationSpace());
    double[][] prototypes = new double[COHORTS][];
    double[][] estimates = new double[COHORTS][];
    for (int c = 0; c < COHORTS; c++) {
      estimates[c] = trial(c, 100 + c, context, prototypes);
    }
    double own = 0;
    double others = 0;
    int closer = 0;
    for (int c = 0; c < COHORTS; c++) {
      double cohortOthers = 0;
      for (int other = 0; other < COHORTS; other++) {
        if (other != c) {
          cohortOthers += cosine(estimates[c], prototypes[other]) / (COHORTS - 1);
        }
      }
      double cohortOwn = cosine(estimates[c], prototypes[c]);
      closer += cohortOwn > cohortOthers ? 1 : 0;
      own += cohortOwn / COHORTS;
      others += cohortOthers / COHORTS;
    }
    assertThat(closer).isGreaterThanOrEqualTo(COHORTS - 1);
    assertThat(own).isGreaterThan(0.55);
    assertThat(others).isLessThan(0.2);
  }

  @Test
  void theVectorCountsPagesClicksAndSessionsAndATrialStartResetsIt() {
    TaskContext context = TaskContext.of(Feed.cohorts(HELDOUT).observationSpace());
    Feed feed = Feed.cohorts(HELDOUT.withCohort(0));
    FeatureRanking myopic = FeatureRanking.myopic(feed.actionSpace().k());
    FeedObservation page = feed.reset(5).observation();
    int pages = 0;
    int clicks = 0;
    int sessions = 0;
    Step<FeedObservation> step;
    do {
      context.observe(page);
      step = feed.step(myopic.act(page));
      Feedback feedback = (Feedback) step.info().get(Feedback.INFO_KEY);
      pages++;
      clicks += feedback.clicks();
      sessions += feedback.left() ? 1 : 0;
      page = step.observation();
    } while (!step.done());
    context.observe(page);
    double[] vector = context.vector();
    int counts = context.size() - 4;
    assertThat(vector).hasSize(8 + 20 + 4);
    assertThat(vector[counts]).isCloseTo(Math.log1p(pages), within(1e-12));
    assertThat(vector[counts + 1]).isCloseTo(Math.log1p(clicks), within(1e-12));
    assertThat(vector[counts + 3]).isEqualTo(sessions);
    double length = Math.sqrt(Arrays.stream(context.preference()).map(x -> x * x).sum());
    assertThat(length).isCloseTo(clicks / (clicks + TaskContext.PRIOR_CLICKS), within(1e-9));

    double[] saved = context.state();
    context.observe(feed.reset(6).observation());
    assertThat(context.vector()).containsOnly(0.0);
    context.restore(saved);
    assertThat(context.vector()).containsExactly(vector);
    assertThatThrownBy(() -> context.restore(new double[3]))
        .hasMessageStartingWith("task context state must hold 61 sums (d=8, T=20), a page size n and n * 9 page values");
  }

  @Test
  void aRestoredContextContinuesExactlyAsTheSavedOne() {
    Feed feed = Feed.cohorts(HELDOUT.withCohort(1));
    TaskContext whole = TaskContext.of(feed.observationSpace());
    FeatureRanking myopic = FeatureRanking.myopic(feed.actionSpace().k());
    FeedObservation page = feed.reset(7).observation();
    TaskContext resumed = null;
    for (int t = 0; t < 12; t++) {
      whole.observe(page);
      if (t == 5) {
        resumed = TaskContext.of(feed.observationSpace());
        resumed.restore(whole.state());
      } else if (resumed != null) {
        resumed.observe(page);
        assertThat(resumed.vector()).containsExactly(whole.vector());
      }
      page = feed.step(myopic.act(page)).observation();
    }
    assertThat(whole.pages()).isEqualTo(11);
  }
}
