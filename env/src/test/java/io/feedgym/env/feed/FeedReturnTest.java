package io.feedgym.env.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedgym.config.ConfigBinder;
import io.feedgym.env.Step;
import io.feedgym.env.feedback.Feedback;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The RETURNING episode of feed-return-v0: sessions, return gaps, the day clock, churn and the horizon. */
class FeedReturnTest {

  private static Feed feed(Map<String, String> overrides) {
    return new Feed(ConfigBinder.bind(FeedConfig.returningDefaults(), overrides));
  }

  private static Feedback feedback(Step<?> step) {
    return (Feedback) step.info().get(Feedback.INFO_KEY);
  }

  @Test
  void sessionsFollowEachOtherWithGapsUntilTheHorizon() {
    Feed env = feed(Map.of("leave_bias", "50", "churn_bias", "-50"));
    FeedObservation o = env.reset(1).observation();
    double day = 0;
    int sessions = 0;
    Step<FeedObservation> step;
    SplittableRandom random = new SplittableRandom(1);
    do {
      step = env.step(env.actionSpace().sample(random, o.mask()));
      Feedback f = feedback(step);
      assertThat(f.left()).isTrue();
      assertThat(f.page()).isZero();
      assertThat(f.returnGap()).isPositive().isFinite();
      sessions++;
      if (!step.done()) {
        day += f.returnGap();
        o = step.observation();
        assertThat(o.context(FeedObservation.SESSION)).isEqualTo(sessions);
        assertThat(o.context(FeedObservation.DAY)).isEqualTo(day);
        assertThat(o.context(FeedObservation.LAST_RETURN_GAP)).isEqualTo(f.returnGap());
        assertThat(o.context(FeedObservation.PAGE)).isZero();
      } else {
        assertThat(step.truncated()).isTrue();
        assertThat(step.terminated()).isFalse();
        assertThat(day + f.returnGap()).isGreaterThan(30);
      }
    } while (!step.done());
    assertThat(sessions).isGreaterThan(3);
  }

  @Test
  void churnTerminatesWithAnInfiniteGap() {
    Feed env = feed(Map.of("leave_bias", "50", "churn_bias", "50"));
    FeedObservation o = env.reset(1).observation();
    Step<FeedObservation> step = env.step(env.actionSpace().sample(new SplittableRandom(1), o.mask()));
    assertThat(step.terminated()).isTrue();
    assertThat(feedback(step).returnGap()).isInfinite();
  }

  @Test
  void thePageCapEndsTheSessionNotTheEpisode() {
    Feed env = feed(Map.of("leave_bias", "-50", "churn_bias", "-50", "max_pages", "3"));
    FeedObservation o = env.reset(2).observation();
    SplittableRandom random = new SplittableRandom(1);
    for (int page = 0; page < 3; page++) {
      Step<FeedObservation> step = env.step(env.actionSpace().sample(random, o.mask()));
      assertThat(feedback(step).left()).isEqualTo(page == 2);
      assertThat(feedback(step).page()).isEqualTo(page);
      o = step.observation();
      if (page == 2 && !step.done()) {
        assertThat(o.context(FeedObservation.SESSION)).isEqualTo(1);
      }
    }
  }

  @Test
  void satisfiedUsersReturnSoonerThanDissatisfiedOnes() {
    double happy = meanFirstGap(Map.of("leave_bias", "50", "churn_bias", "-50", "satisfaction_empty_page", "0",
        "satisfaction_purchase", "1", "purchase_bias", "50", "click_bias", "50"));
    double unhappy = meanFirstGap(Map.of("leave_bias", "50", "churn_bias", "-50", "click_bias", "-50"));
    assertThat(happy).isLessThan(unhappy / 2);
  }

  private static double meanFirstGap(Map<String, String> overrides) {
    Feed env = feed(overrides);
    double sum = 0;
    for (int episode = 0; episode < 300; episode++) {
      FeedObservation o = env.reset(episode).observation();
      sum += feedback(env.step(RankingWeights.topK(o, new double[o.numCandidates()], 10))).returnGap();
    }
    return sum / 300;
  }
}
