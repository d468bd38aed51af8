package io.feedgym.rewards;

import static io.feedgym.rewards.testkit.FeedbackBuilder.feedback;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import io.feedgym.env.Step;
import io.feedgym.env.feedback.Feedback;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RewardBreakdownTest {

  @Test
  void totalIsTheSumOfTermsInInsertionOrder() {
    var breakdown = RewardBreakdown.of("reward/b", 2.0).plus("reward/a", -0.5);
    assertThat(breakdown.total()).isEqualTo(1.5);
    assertThat(breakdown.terms().keySet()).containsExactly("reward/b", "reward/a");
    assertThat(breakdown.scaled(2).term("reward/a")).isEqualTo(-1.0);
    assertThat(RewardBreakdown.empty().total()).isZero();
  }

  @Test
  void nonFiniteTermIsAnErrorNamingTheTerm() {
    assertThatThrownBy(() -> RewardBreakdown.of("reward/clicks", Double.NaN))
        .isInstanceOf(NonFiniteRewardException.class)
        .hasMessage("reward term 'reward/clicks' must be finite, found NaN")
        .extracting(e -> ((NonFiniteRewardException) e).term()).isEqualTo("reward/clicks");
    RewardFunction<Object, Object> broken = input -> RewardBreakdown.of("reward/oops", 1.0 / 0.0);
    assertThatThrownBy(() -> broken.reward(input(feedback().build())))
        .hasMessageContaining("'reward/oops'");
  }

  @Test
  void overflowingTotalIsAnError() {
    var big = new RewardBreakdown(ImmutableMap.of("reward/a", Double.MAX_VALUE, "reward/b", Double.MAX_VALUE));
    assertThatThrownBy(big::total).isInstanceOf(NonFiniteRewardException.class).hasMessageContaining("'total'");
  }

  @Test
  void badOrRepeatedTermNamesAreErrors() {
    assertThatThrownBy(() -> RewardBreakdown.of("Reward Clicks", 1))
        .hasMessage("term name must be lower-case segments separated by '/', found 'Reward Clicks'");
    assertThatThrownBy(() -> RewardBreakdown.of("reward/a", 1).plus("reward/a", 2))
        .hasMessageContaining("term 'reward/a' appears twice");
    assertThatThrownBy(() -> RewardBreakdown.of("reward/a", 1).term("reward/b"))
        .hasMessage("no term 'reward/b'; terms: reward/a");
  }

  @Test
  void inputReadsFeedbackFromStepInfo() {
    Feedback feedback = feedback().clickAt(1).build();
    var step = Step.of("next", 0.0, false, false, Map.of(Feedback.INFO_KEY, feedback));
    var input = RewardInput.of("obs", 3, step);
    assertThat(input.feedback()).isEqualTo(feedback);
    assertThat(input.nextObservation()).isEqualTo("next");
    assertThatThrownBy(() -> RewardInput.of("obs", 3, Step.of("next", 0.0, false, false)))
        .hasMessage("step info must hold a Feedback under key 'feedback', found nothing");
  }

  private static RewardInput<Object, Object> input(Feedback feedback) {
    return new RewardInput<>("s", "a", feedback, "s2");
  }
}
