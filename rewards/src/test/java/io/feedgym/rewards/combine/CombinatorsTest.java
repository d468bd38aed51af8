package io.feedgym.rewards.combine;

import static io.feedgym.rewards.testkit.FeedbackBuilder.feedback;
import static io.feedgym.rewards.testkit.RewardAssert.assertThatReward;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.feedgym.rewards.RewardFunction;
import io.feedgym.rewards.RewardInput;
import io.feedgym.rewards.builtin.ClickReward;
import io.feedgym.rewards.builtin.LeavePenalty;
import io.feedgym.rewards.builtin.PurchaseReward;
import java.util.List;
import org.junit.jupiter.api.Test;

class CombinatorsTest {
  private static final WeightedSum<Object, Object> SUM = WeightedSum.of(List.of(
      new WeightedSum.Component<>("clicks", 1.0, ClickReward.defaults()),
      new WeightedSum.Component<>("purchases", 2.5, PurchaseReward.defaults()),
      new WeightedSum.Component<>("leave", 0.5, LeavePenalty.defaults())));

  @Test
  void weightedSumKeepsEachComponentsTermsWeighted() {
    // 1.0 * 2 clicks + 2.5 * 1 purchase - 0.5 * 1 leave = 4.0
    assertThatReward(SUM).given(feedback().clickAt(0).purchaseAt(2).left())
        .isCloseTo(4.0, within(1e-12))
        .hasTerms("reward/clicks", "reward/purchases", "reward/leave")
        .hasTerm("reward/purchases", 2.5, within(1e-12))
        .hasTerm("reward/leave", -0.5, within(1e-12));
  }

  @Test
  void weightedSumRejectsRepeatedTermsAndBadComponents() {
    var twice = WeightedSum.of(List.of(
        new WeightedSum.Component<>("a", 1.0, ClickReward.defaults()),
        new WeightedSum.Component<>("b", 1.0, new ClickReward(3.0))));
    assertThatThrownBy(() -> twice.reward(new RewardInput<>("s", "a", feedback().build(), "s")))
        .hasMessageContaining("term 'reward/clicks' appears twice");
    assertThatThrownBy(() -> WeightedSum.of(List.of()))
        .hasMessage("components must hold at least one reward, found none");
    assertThatThrownBy(() -> new WeightedSum.Component<>("x", Double.NaN, ClickReward.defaults()))
        .hasMessage("weight of component 'x' must be a finite number, found NaN");
  }

  @Test
  void scaledMultipliesEveryTerm() {
    assertThatReward(new Scaled<>(-2.0, SUM)).given(feedback().clickAt(0).left())
        .isCloseTo(-2.0 * (1.0 - 0.5), within(1e-12))
        .hasTerm("reward/clicks", -2.0, within(1e-12));
    assertThatThrownBy(() -> new Scaled<>(Double.NaN, SUM)).hasMessage("factor must be a finite number, found NaN");
  }

  @Test
  void clippedShowsTheAdjustmentAsItsOwnTerm() {
    var clipped = new Clipped<>(-1.0, 3.0, ClickReward.defaults());
    assertThatReward(clipped).given(feedback().clickAt(0).clickAt(1).clickAt(2).clickAt(3).clickAt(4))
        .isCloseTo(3.0, within(1e-12))
        .hasTerms("reward/clicks", "reward/clip")
        .hasTerm("reward/clip", -2.0, within(1e-12));
    assertThatReward(clipped).given(feedback().clickAt(0)).isCloseTo(1.0, within(1e-12))
        .hasTerm("reward/clip", 0.0, within(0.0));
    assertThatReward(new Clipped<>(-1.0, 3.0, new Scaled<>(-5.0, ClickReward.defaults())))
        .given(feedback().clickAt(0)).isCloseTo(-1.0, within(1e-12)).hasTerm("reward/clip", 4.0, within(1e-12));
    assertThatReward(clipped).isBounded(-1.0, 3.0);
    assertThatThrownBy(() -> new Clipped<>(2.0, 1.0, ClickReward.defaults()))
        .hasMessage("clip range [lo, hi] must be finite with lo <= hi, found [2.0, 1.0]");
  }

  @Test
  void potentialShapingAddsGammaPhiNextMinusPhi() {
    RewardFunction<Double, Object> shaped = new PotentialShaping<>(0.9, (Double s) -> 10 * s, ClickReward.defaults());
    // 1 click + 0.9 * 10 * 0.5 - 10 * 0.2 = 1 + 4.5 - 2 = 3.5
    assertThatReward(shaped, 0.2, "action", 0.5).given(feedback().clickAt(2))
        .isCloseTo(3.5, within(1e-12))
        .hasTerms("reward/clicks", "reward/shaping")
        .hasTerm("reward/shaping", 2.5, within(1e-12));
  }

  @Test
  void potentialOfTerminalStateIsZeroWhenTheUserLeft() {
    RewardFunction<Double, Object> shaped = new PotentialShaping<>(0.9, (Double s) -> 10 * s, ClickReward.defaults());
    // 0 clicks + 0.9 * 0 - 10 * 0.2 = -2
    assertThatReward(shaped, 0.2, "action", 0.5).given(feedback().left()).isCloseTo(-2.0, within(1e-12));
    assertThatThrownBy(() -> new PotentialShaping<>(1.5, (Double s) -> s, ClickReward.defaults()))
        .hasMessage("gamma must be in [0, 1], found 1.5");
  }
}
