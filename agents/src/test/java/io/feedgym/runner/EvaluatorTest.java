package io.feedgym.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.ImmutableMap;
import io.feedgym.env.Environment;
import io.feedgym.env.Step;
import io.feedgym.env.wrappers.Wrapper;
import io.feedgym.rewards.registry.Rewards;
import io.feedgym.rewards.wrappers.ComputeReward;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

  @Test
  void playsOneEpisodePerSeedAndSummarisesTheReturns() {
    TinyEnv env = new TinyEnv();

    // Seeds 10, 11, 12 give episodes of 2, 3 and 1 steps; action 1 earns 2 per step: returns 4, 6, 2.
    EvalResult result = new Evaluator(3, 10).evaluate(env, observation -> 1);

    assertThat(env.resets).containsExactly("reset(10)", "reset(11)", "reset(12)");
    assertThat(result.episodes()).isEqualTo(3);
    assertThat(result.meanReturn()).isCloseTo(4.0, within(1e-12));
    // sample std: sqrt(((4-4)^2 + (6-4)^2 + (2-4)^2) / (3 - 1)) = 2
    assertThat(result.stdReturn()).isCloseTo(2.0, within(1e-12));
    assertThat(result.stderrReturn()).isCloseTo(2.0 / Math.sqrt(3), within(1e-12));
    assertThat(result.meanLength()).isCloseTo(2.0, within(1e-12));
    assertThat(result.feedback()).isNull();
    assertThat(result.meanRewardTerms()).isEmpty();
  }

  @Test
  void summarisesSessionsClicksPurchasesAndRewardTermsFromTheFeedback() {
    var env = new ComputeReward<>(new PagesEnv(), Rewards.parse("clicks:1,purchases:2,leave:1"));

    EvalResult result = new Evaluator(2, 10).evaluate(env, observation -> 1);

    // Action 1. Episode 10: 2 pages with 1 and 2 clicks, leaves after page 2 (1 session), 1 purchase.
    // Episode 11: 3 pages with 1, 2 and 3 clicks, leaves after page 2 (2 sessions), 1 purchase.
    // Totals: 3 sessions, 5 pages, 9 clicks, 2 purchases, 5 · 4 = 20 impressions.
    FeedbackMetrics feedback = result.feedback();
    assertThat(feedback.sessionsPerEpisode()).isCloseTo(3 / 2.0, within(1e-12));
    assertThat(feedback.pagesPerSession()).isCloseTo(5 / 3.0, within(1e-12));
    assertThat(feedback.clicksPerSession()).isCloseTo(9 / 3.0, within(1e-12));
    assertThat(feedback.purchasesPerSession()).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(feedback.ctr()).isCloseTo(9 / 20.0, within(1e-12));
    // Residuals c_i − ctr·m_i: 3 − 0.45 · 8 = −0.6 and 6 − 0.45 · 12 = 0.6; mean impressions 10.
    assertThat(feedback.stderrCtr()).isCloseTo(Math.sqrt((0.36 + 0.36) / (2 * 1)) / 10, within(1e-12));
    // Returns: 3 + 2 − 1 = 4 and 6 + 2 − 1 = 7.
    assertThat(result.meanReturn()).isCloseTo(5.5, within(1e-12));
    assertThat(result.meanRewardTerms()).containsExactly(
        Map.entry("reward/clicks", 4.5), Map.entry("reward/purchases", 2.0), Map.entry("reward/leave", -1.0));
  }

  @Test
  void oneEpisodeHasNoSpread() {
    EvalResult result = EvalResult.of(new double[] {7.5}, new int[] {4}, null, ImmutableMap.of());

    assertThat(result).isEqualTo(new EvalResult(1, 7.5, 0, 0, 4, null, ImmutableMap.of()));
    assertThat(new Evaluator(1, 11).evaluate(new PagesEnv(), observation -> 0).feedback().stderrCtr()).isZero();
  }

  @Test
  void feedbackOnOnlySomeStepsIsAnError() {
    Environment<Integer, Integer> firstPageWithout = new Wrapper<>(new PagesEnv()) {
      @Override
      public Step<Integer> step(Integer action) {
        Step<Integer> step = env.step(action);
        return step.observation() == 1 ? Step.of(1, step.reward(), step.terminated(), step.truncated()) : step;
      }
    };

    assertThatThrownBy(() -> new Evaluator(2, 10).evaluate(firstPageWithout, observation -> 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("2 of 5 evaluation steps carried no Feedback; feedback metrics need it on every step");
  }

  @Test
  void theSameSeedGivesTheSameResult() {
    assertThat(new Evaluator(5, 3).evaluate(new TinyEnv(), observation -> 0))
        .isEqualTo(new Evaluator(5, 3).evaluate(new TinyEnv(), observation -> 0));
  }

  @Test
  void rejectsNonPositiveEpisodeCountsAndInvalidMetrics() {
    assertThatThrownBy(() -> new Evaluator(0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("eval episodes must be positive, found 0");
    assertThatThrownBy(() -> EvalResult.of(new double[] {1, 2}, new int[] {1}, null, ImmutableMap.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("equal length");
    assertThatThrownBy(() -> new FeedbackMetrics(0.5, 1, 0, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sessions_per_episode must be a finite number >= 1, found 0.5");
    assertThatThrownBy(() -> new FeedbackMetrics(1, 1, 0, 0, 1.5, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ctr must be in [0, 1], found 1.5");
  }
}
