package io.feedgym.agents.slateq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.feedgym.agents.slateq.SlateQConfig.Target;
import io.feedgym.env.feed.FeedObservation;
import org.junit.jupiter.api.Test;

/** SARSA and Q-learning item-wise targets on a hand-made next page. */
class ItemTargetsTest {
  private static final double GAMMA = 0.5;

  /** Three candidates with predicted CTRs 0.5, 0.2 and 0.8 (scores 1, 0.25, 4), all available. */
  private static FeedObservation nextPage() {
    int features = FeedObservation.SCORING_FEATURES + 1;
    double[] rows = new double[3 * features];
    double[] ctr = {0.5, 0.2, 0.8};
    for (int c = 0; c < 3; c++) {
      rows[c * features + FeedObservation.PREDICTED_CTR] = ctr[c];
    }
    return FeedObservation.of(new double[] {0}, new double[] {0}, rows, new int[3], new int[] {0, 1, 2},
        new boolean[] {true, true, true});
  }

  private static final double[] SCORES = new ChoiceModel(1.0).scores(nextPage());
  private static final boolean[] MASK = nextPage().mask();

  // Q̄(s′, ·) of candidates 0..2, then of ⊥.
  private static final double[] NEXT_Q = {2, 8, 1, 0.5};

  private static ItemTargets targets(Target target) {
    return new ItemTargets(target, SlateSelection.TOP_K, new ChoiceModel(1.0), GAMMA, 2);
  }

  @Test
  void sarsaBootstrapsFromTheSlateShownNext() {
    // A′ = {0, 2}: V = (1 · 0.5 + 1 · 2 + 4 · 1) / (1 + 1 + 4) = 6.5 / 6.
    double value = 6.5 / 6;
    // One click on a page with reward 1: y = 1 + 0.5 · V.
    assertThat(targets(Target.SARSA).itemTarget(1.0, 1, false, SCORES, MASK, NEXT_Q, new int[] {0, 2}))
        .isCloseTo(1 + GAMMA * value, within(1e-12));
  }

  @Test
  void qLearningBootstrapsFromTheSelectedSlate() {
    // Gains over ⊥: (1.5, 7.5, 0.5); v · g = (1.5, 1.875, 2): top-2 is {2, 1}.
    // V = (0.5 + 4 · 1 + 0.25 · 8) / (1 + 4 + 0.25) = 6.5 / 5.25.
    double value = 6.5 / 5.25;
    assertThat(targets(Target.Q_LEARNING).itemTarget(1.0, 1, false, SCORES, MASK, NEXT_Q, new int[] {0, 2}))
        .isCloseTo(1 + GAMMA * value, within(1e-12));
    // SARSA without a known next slate falls back to the selected one.
    assertThat(targets(Target.SARSA).itemTarget(1.0, 1, false, SCORES, MASK, NEXT_Q, null))
        .isCloseTo(1 + GAMMA * value, within(1e-12));
  }

  @Test
  void terminatedPagesDoNotBootstrapAndNStepTargetsDiscountByGammaToTheM() {
    assertThat(targets(Target.SARSA).itemTarget(0.75, 1, true, SCORES, MASK, NEXT_Q, new int[] {0, 2}))
        .isEqualTo(0.75);
    // Three pages of item rewards summed to 1.75: y = 1.75 + 0.5³ · V(A′ = {0, 2}).
    assertThat(targets(Target.SARSA).itemTarget(1.75, 3, false, SCORES, MASK, NEXT_Q, new int[] {0, 2}))
        .isCloseTo(1.75 + 0.125 * 6.5 / 6, within(1e-12));
  }
}
