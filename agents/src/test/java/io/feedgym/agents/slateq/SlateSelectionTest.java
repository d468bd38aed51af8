package io.feedgym.agents.slateq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Top-k and greedy slate selection on hand-made candidates. */
class SlateSelectionTest {
  private static final boolean[] ALL = {true, true, true};
  // Candidate 0 is likely clicked but worth little; 1 and 2 are rarely clicked but worth much.
  private static final double[] SCORES = {10, 1, 1};
  private static final double[] Q = {1, 9, 8};

  @Test
  void topKAndGreedyDifferWhenAPopularItemCrowdsOutValuableOnes() {
    ChoiceModel model = new ChoiceModel(1.0);
    // Top-k by v · Q̄ = (10, 9, 8) takes {0, 1}: value (10 + 9) / (1 + 10 + 1) = 19 / 12.
    int[] topK = SlateSelection.TOP_K.select(SCORES, Q, 0, ALL, 1.0, 2);
    assertThat(topK).containsExactly(0, 1);
    assertThat(model.slateValue(SCORES, Q, 0, topK)).isEqualTo(19.0 / 12);
    // Greedy adds 1 first (9 / 2 beats 10 / 11 and 8 / 2), then 2 ((9 + 8) / 3 beats (9 + 10) / 12).
    int[] greedy = SlateSelection.GREEDY.select(SCORES, Q, 0, ALL, 1.0, 2);
    assertThat(greedy).containsExactly(1, 2);
    assertThat(model.slateValue(SCORES, Q, 0, greedy)).isEqualTo(17.0 / 3);
  }

  @Test
  void theNullItemValueShiftsTheGains() {
    // With Q̄(⊥) = 2 the gains are (−1, 7, 6): top-k by v · g = (−10, 7, 6) now takes {1, 2}.
    assertThat(SlateSelection.TOP_K.select(SCORES, Q, 2, ALL, 1.0, 2)).containsExactly(1, 2);
  }

  @Test
  void maskedCandidatesAreNeverChosen() {
    boolean[] mask = {true, false, true};
    assertThat(SlateSelection.TOP_K.select(SCORES, Q, 0, mask, 1.0, 2)).containsExactly(0, 2);
    assertThat(SlateSelection.GREEDY.select(SCORES, Q, 0, mask, 1.0, 2)).containsExactlyInAnyOrder(0, 2);
    assertThatThrownBy(() -> SlateSelection.GREEDY.select(SCORES, Q, 0, new boolean[] {true, false, false}, 1.0, 2))
        .hasMessage("k must be in [1, 1] (the available candidates), found 2");
  }

  @Test
  void chosenItemsAreShownInDecreasingExpectedGainWithTiesToTheLowerIndex() {
    double[] scores = {1, 2, 1, 2};
    double[] q = {4, 1, 4, 3};
    // v · Q̄ = (4, 2, 4, 6).
    assertThat(SlateSelection.TOP_K.select(scores, q, 0, new boolean[] {true, true, true, true}, 1.0, 3))
        .containsExactly(3, 0, 2);
  }
}
