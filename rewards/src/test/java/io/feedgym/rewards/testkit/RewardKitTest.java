package io.feedgym.rewards.testkit;

import static io.feedgym.rewards.testkit.FeedbackBuilder.feedback;
import static io.feedgym.rewards.testkit.RewardAssert.assertThatReward;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.feedgym.env.feedback.Feedback;
import io.feedgym.rewards.RewardBreakdown;
import io.feedgym.rewards.RewardFunction;
import io.feedgym.rewards.builtin.ClickReward;
import io.feedgym.rewards.combine.Clipped;
import io.feedgym.rewards.registry.Rewards;
import org.junit.jupiter.api.Test;

class RewardKitTest {
  private static final RewardFunction<Object, Object> FEWER_CLICKS_BETTER =
      input -> RewardBreakdown.of("reward/anti_clicks", -input.feedback().clicks());
  private static final RewardFunction<Object, Object> INFINITE_WHEN_LEFT =
      input -> RewardBreakdown.of("reward/bad", input.feedback().left() ? Double.POSITIVE_INFINITY : 0.0);

  @Test
  void builderBuildsTheDescribedFeedback() {
    Feedback f = feedback().clickAt(2).purchaseAt(2).dwellAt(4, 3.0).topicAt(1, 7).priceAt(2, 9.5)
        .novelAt(0).page(3).left().returnGap(2.0).build();
    assertThat(f.positions()).hasSize(10);
    assertThat(f.clicks()).isEqualTo(2);
    assertThat(f.purchases()).isEqualTo(1);
    assertThat(f.positions().get(4).dwell()).isEqualTo(3.0);
    assertThat(f.positions().get(1).topic()).isEqualTo(7);
    assertThat(f.positions().get(2).price()).isEqualTo(9.5);
    assertThat(f.positions().get(0).novel()).isTrue();
    assertThat(f.page()).isEqualTo(3);
    assertThat(f.left()).isTrue();
    assertThat(f.returnGap()).isEqualTo(2.0);
    assertThat(FeedbackBuilder.from(f).build()).isEqualTo(f);
    assertThatThrownBy(() -> feedback().clickAt(10)).hasMessage("position must be in [0, 10), found 10");
  }

  @Test
  void randomFeedbackIsSeededAndVaried() {
    assertThat(RandomFeedback.sample(7, 200)).isEqualTo(RandomFeedback.sample(7, 200));
    assertThat(RandomFeedback.sample(7, 200)).isNotEqualTo(RandomFeedback.sample(8, 200));
    assertThat(RandomFeedback.sample(7, 500)).anyMatch(Feedback::left).anyMatch(f -> f.purchases() > 0)
        .anyMatch(f -> f.returnGap() == Double.POSITIVE_INFINITY).anyMatch(f -> f.positions().isEmpty());
  }

  @Test
  void givenAssertionsFailOnWrongValuesAndTerms() {
    var clicks = ClickReward.defaults();
    assertThatReward(clicks).given(feedback().clickAt(2).purchaseAt(2).clickAt(5)).isCloseTo(2.0, within(1e-9));
    assertThatThrownBy(() -> assertThatReward(clicks).given(feedback().clickAt(1)).isCloseTo(2.0, within(1e-9)))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThatReward(clicks).given(feedback()).hasTerms("reward/purchases"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("[reward/clicks]");
    assertThatThrownBy(() -> assertThatReward(clicks).given(feedback()).hasTerm("reward/clicks", 1.0, within(1e-9)))
        .isInstanceOf(AssertionError.class).hasMessageContaining("to be 1.0");
  }

  @Test
  void documentedExamplesHold() {
    assertThatReward(Rewards.parse("clicks:1.0,purchases:2.0,leave:1.0"))
        .given(feedback().clickAt(2).purchaseAt(2).clickAt(5).left())
        .isCloseTo(3.0, within(1e-9))
        .hasTerms("reward/clicks", "reward/purchases", "reward/leave")
        .hasTerm("reward/leave", -1.0, within(1e-9));
    assertThatReward(new Clipped<>(-1, 3, Rewards.parse("clicks:1")))
        .isBounded(-1, 3).isMonotoneInClicks().isFiniteForAllFeedback();
  }

  @Test
  void isBoundedFailsWhenARewardLeavesTheRange() {
    assertThatReward(ClickReward.defaults()).isBounded(0, 10);
    assertThatThrownBy(() -> assertThatReward(new ClickReward(10)).isBounded(0, 10))
        .isInstanceOf(AssertionError.class).hasMessageContaining("expected reward in [0.0, 10.0]");
  }

  @Test
  void isMonotoneInClicksFailsWhenAClickLowersTheReward() {
    assertThatThrownBy(() -> assertThatReward(FEWER_CLICKS_BETTER).isMonotoneInClicks())
        .isInstanceOf(AssertionError.class).hasMessageContaining("not to decrease with a click");
  }

  @Test
  void isFiniteForAllFeedbackFailsOnANonFiniteTerm() {
    assertThatThrownBy(() -> assertThatReward(INFINITE_WHEN_LEFT).isFiniteForAllFeedback())
        .isInstanceOf(AssertionError.class).hasMessageContaining("'reward/bad'");
    assertThatThrownBy(() -> assertThatReward(INFINITE_WHEN_LEFT).withSeed(3).withSamples(50).isBounded(-1, 1))
        .isInstanceOf(AssertionError.class).hasMessageContaining("expected a finite reward");
  }
}
