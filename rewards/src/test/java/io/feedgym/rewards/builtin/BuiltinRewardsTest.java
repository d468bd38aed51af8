package io.feedgym.rewards.builtin;

import static io.feedgym.rewards.testkit.FeedbackBuilder.feedback;
import static io.feedgym.rewards.testkit.RewardAssert.assertThatReward;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BuiltinRewardsTest {

  @Test
  void clicksCountClickedPositionsTimesWeight() {
    assertThatReward(new ClickReward(0.5)).given(feedback().clickAt(0).clickAt(3).purchaseAt(7))
        .isCloseTo(1.5, within(1e-12)).hasTerms("reward/clicks");
  }

  @Test
  void purchasesCountOrWeighByPrice() {
    var page = feedback().purchaseAt(1).priceAt(1, 20).purchaseAt(4).priceAt(4, 5.5).clickAt(6).priceAt(6, 99);
    assertThatReward(new PurchaseReward(2.0, false)).given(page).isCloseTo(4.0, within(1e-12));
    assertThatReward(new PurchaseReward(0.1, true)).given(page).isCloseTo(0.1 * (20 + 5.5), within(1e-12))
        .hasTerms("reward/purchases");
  }

  @Test
  void dwellSumsDwellTimesScaled() {
    assertThatReward(new DwellReward(0.01)).given(feedback().dwellAt(0, 30).dwellAt(2, 12.5))
        .isCloseTo(0.425, within(1e-12)).hasTerms("reward/dwell");
  }

  @Test
  void depthPaysPerPageEvenWhenLeaving() {
    assertThatReward(new DepthReward(0.3)).given(feedback().page(5)).isCloseTo(0.3, within(1e-12));
    assertThatReward(new DepthReward(0.3)).given(feedback().left()).isCloseTo(0.3, within(1e-12));
  }

  @Test
  void leavePenaltyOnlyWhenLeft() {
    assertThatReward(new LeavePenalty(2.0)).given(feedback().left()).isCloseTo(-2.0, within(1e-12));
    assertThatReward(new LeavePenalty(2.0)).given(feedback()).isCloseTo(0.0, within(1e-12))
        .hasTerms("reward/leave");
  }

  @Test
  void activenessDecaysWithTheReturnGap() {
    var bonus = new ActivenessBonus(2.0, 3.0);
    assertThatReward(bonus).given(feedback().left().returnGap(0)).isCloseTo(2.0, within(1e-12));
    assertThatReward(bonus).given(feedback().left().returnGap(3)).isCloseTo(2.0 / Math.E, within(1e-12));
    assertThatReward(bonus).given(feedback().left().returnGap(6)).isCloseTo(2.0 * Math.exp(-2), within(1e-12));
  }

  @Test
  void activenessIsZeroWithoutAReturn() {
    var bonus = ActivenessBonus.defaults();
    assertThatReward(bonus).given(feedback().left()).isCloseTo(0.0, within(0.0));
    assertThatReward(bonus).given(feedback().left().returnGap(Double.POSITIVE_INFINITY)).isCloseTo(0.0, within(0.0));
  }

  @Test
  void diversityIsDistinctTopicsOverPageSize() {
    assertThatReward(new DiversityReward(2.0)).given(feedback(4).topics(1, 1, 3, 7)).isCloseTo(1.5, within(1e-12));
    assertThatReward(DiversityReward.defaults()).given(feedback(0)).isCloseTo(0.0, within(0.0));
  }

  @Test
  void noveltyIsNovelFractionOfPage() {
    assertThatReward(new NoveltyReward(1.0)).given(feedback(5).novelAt(0).novelAt(4)).isCloseTo(0.4, within(1e-12));
    assertThatReward(NoveltyReward.defaults()).given(feedback(0)).isCloseTo(0.0, within(0.0));
  }

  @Test
  void noConversionPenalisesPagesWithoutClickOrPurchase() {
    var onClick = new NoConversionPenalty(0.5, Conversion.CLICK);
    var onPurchase = new NoConversionPenalty(0.5, Conversion.PURCHASE);
    assertThatReward(onClick).given(feedback()).isCloseTo(-0.5, within(1e-12));
    assertThatReward(onClick).given(feedback().clickAt(3)).isCloseTo(0.0, within(1e-12));
    assertThatReward(onPurchase).given(feedback().clickAt(3)).isCloseTo(-0.5, within(1e-12));
    assertThatReward(onPurchase).given(feedback().purchaseAt(3)).isCloseTo(0.0, within(1e-12))
        .hasTerms("reward/no_conversion");
  }

  @Test
  void builtinsAreFiniteAndBoundedOnRandomFeedback() {
    assertThatReward(ClickReward.defaults()).isFiniteForAllFeedback().isBounded(0, 10).isMonotoneInClicks();
    assertThatReward(DiversityReward.defaults()).isBounded(0, 1);
    assertThatReward(NoveltyReward.defaults()).isBounded(0, 1);
    assertThatReward(ActivenessBonus.defaults()).isBounded(0, 1);
    assertThatReward(NoConversionPenalty.defaults()).isBounded(-1, 0).isMonotoneInClicks();
    assertThatReward(new PurchaseReward(1, true)).isFiniteForAllFeedback();
    assertThatReward(DwellReward.defaults()).isFiniteForAllFeedback();
  }

  @Test
  void invalidParametersNameTheParameterAndRange() {
    assertThatThrownBy(() -> new ClickReward(Double.NaN)).hasMessage("weight must be a finite number, found NaN");
    assertThatThrownBy(() -> new LeavePenalty(-1)).hasMessage("penalty must be a finite number >= 0, found -1.0");
    assertThatThrownBy(() -> new ActivenessBonus(1, 0)).hasMessage("tau must be a finite number > 0, found 0.0");
    assertThatThrownBy(() -> new ActivenessBonus(-1, 1)).hasMessage("beta must be a finite number >= 0, found -1.0");
    assertThatThrownBy(() -> new DepthReward(Double.POSITIVE_INFINITY))
        .hasMessage("per_page must be a finite number, found Infinity");
    assertThatThrownBy(() -> new NoConversionPenalty(-0.5, Conversion.CLICK))
        .hasMessage("penalty must be a finite number >= 0, found -0.5");
  }
}
