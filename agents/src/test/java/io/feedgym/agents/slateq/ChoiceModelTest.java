package io.feedgym.agents.slateq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The conditional-logit choice model with hand-computed numbers. */
class ChoiceModelTest {
  private static final double EPS = 1e-12;

  @Test
  void itemScoresAreTheOddsOfThePredictedCtr() {
    assertThat(ChoiceModel.score(0.5)).isCloseTo(1.0, within(EPS));
    assertThat(ChoiceModel.score(0.2)).isCloseTo(0.25, within(EPS));
    assertThat(ChoiceModel.score(0.8)).isCloseTo(4.0, within(EPS));
    assertThat(ChoiceModel.score(1.0)).isCloseTo((1 - 1e-6) / 1e-6, within(1e-3));
    assertThatThrownBy(() -> ChoiceModel.score(1.5)).hasMessage("predicted_ctr must be in [0, 1], found 1.5");
  }

  @Test
  void aOneItemSlateIsClickedWithThePredictedCtr() {
    ChoiceModel model = new ChoiceModel(1.0);
    double[] scores = {ChoiceModel.score(0.3)};
    assertThat(model.probabilities(scores, new int[] {0})[0]).isCloseTo(0.3, within(EPS));
  }

  @Test
  void probabilitiesShareTheSlateWithTheNoClickOption() {
    ChoiceModel model = new ChoiceModel(2.0);
    double[] scores = {1.0, 4.0, 0.5, 3.0};
    // Slate {1, 3}: denominator 2 + 4 + 3 = 9.
    assertThat(model.probabilities(scores, new int[] {1, 3})).containsExactly(4.0 / 9, 3.0 / 9);
  }

  @Test
  void slateValueWeighsItemValuesAndTheNullItemByChoiceProbability() {
    ChoiceModel model = new ChoiceModel(2.0);
    double[] scores = {1.0, 4.0, 0.5, 3.0};
    double[] q = {10, 5, 7, 2};
    // (2 · 1.5 + 4 · 5 + 3 · 2) / (2 + 4 + 3) = 29 / 9.
    assertThat(model.slateValue(scores, q, 1.5, new int[] {1, 3})).isCloseTo(29.0 / 9, within(EPS));
    // With Q̄(⊥) = 0, RecSim's form: (20 + 6) / 9.
    assertThat(model.slateValue(scores, q, 0, new int[] {1, 3})).isCloseTo(26.0 / 9, within(EPS));
  }

  @Test
  void theNoClickScoreMustBePositive() {
    assertThatThrownBy(() -> new ChoiceModel(0))
        .hasMessage("no_click_score must be a positive finite number, found 0.0");
  }
}
