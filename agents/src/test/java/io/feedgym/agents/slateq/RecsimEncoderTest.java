package io.feedgym.agents.slateq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.ImmutableList;
import io.feedgym.env.Step;
import io.feedgym.env.feedback.Feedback;
import io.feedgym.env.feedback.PositionFeedback;
import io.feedgym.env.recsim.InterestEvolutionConfig;
import io.feedgym.env.recsim.InterestEvolutionObservation;
import io.feedgym.env.recsim.InterestEvolutionObservationSpace;
import io.feedgym.env.recsim.LongTermSatisfactionObservation;
import io.feedgym.env.recsim.LongTermSatisfactionObservationSpace;
import io.feedgym.replay.SlateTransition;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The RecSim encoders on hand-made observations: two-tower rows, choice scores, replay vectors and clicks. */
class RecsimEncoderTest {
  private static final int CLUSTERS = 20;

  /** Interests 0.5 in cluster 2, −0.5 in cluster 5, −1 in cluster 7, 0 elsewhere; candidates in clusters 2, 5, 7. */
  private static InterestEvolutionObservation interestPage() {
    double[] interests = new double[CLUSTERS];
    interests[2] = 0.5;
    interests[5] = -0.5;
    interests[7] = -1.0;
    return new InterestEvolutionObservation(interests, new int[] {2, 5, 7});
  }

  private static InterestEvolutionEncoder interestEncoder() {
    return new InterestEvolutionEncoder(new InterestEvolutionObservationSpace(CLUSTERS, 3),
        InterestEvolutionConfig.defaults());
  }

  /** A step whose slate positions are clicked as given. */
  private static <O> Step<O> step(O next, double reward, int[] slate, boolean... clicked) {
    ImmutableList.Builder<PositionFeedback> positions = ImmutableList.builder();
    for (int k = 0; k < slate.length; k++) {
      positions.add(new PositionFeedback(k, slate[k], slate[k], 0, 0, true, clicked[k], false, 0, true));
    }
    return Step.of(next, reward, false, false, Map.of(Feedback.INFO_KEY, Feedback.of(0, positions.build(), false)));
  }

  @Test
  void interestEvolutionRowsAreInterestsAndClusterOneHotsWithTheInterest() {
    InterestEvolutionEncoder encoder = interestEncoder();
    assertThat(encoder.stateSize()).isEqualTo(20);
    assertThat(encoder.itemSize()).isEqualTo(22);
    assertThat(encoder.pageRows()).isEqualTo(4);
    float[] states = new float[2 * 20];
    encoder.encodeState(interestPage(), states, 0, 2);
    assertThat(states[2]).isEqualTo(0.5f);
    assertThat(states[20 + 5]).isEqualTo(-0.5f);
    float[] items = new float[4 * 22];
    double[] available = new double[4];
    encoder.encodeItems(interestPage(), items, 0, available);
    float[] candidate1 = Arrays.copyOfRange(items, 22, 44);
    float[] expected1 = new float[22];
    expected1[5] = 1f;
    expected1[20] = -0.5f;
    assertThat(candidate1).containsExactly(expected1);
    float[] none = Arrays.copyOfRange(items, 3 * 22, 4 * 22);
    float[] expectedNone = new float[22];
    expectedNone[21] = 1f;
    assertThat(none).containsExactly(expectedNone);
    assertThat(available).containsExactly(1, 1, 1, 0);
  }

  @Test
  void interestEvolutionChoiceScoresAreTheSimulatorsProportionalWeights() {
    InterestEvolutionEncoder encoder = interestEncoder();
    // v = interest − min_normalizer = interest + 1; v(⊥) = no_click_mass − min_normalizer = 1 + 1.
    assertThat(encoder.choiceScores(interestPage())).containsExactly(1.5, 0.5, 0.0);
    assertThat(encoder.noClickScore()).isEqualTo(2.0);
    // Slate {0, 1}: P = 1.5 / (2 + 1.5 + 0.5) and 0.5 / 4, the simulator's choice probabilities.
    double[] p = new ChoiceModel(encoder.noClickScore()).probabilities(encoder.choiceScores(interestPage()),
        new int[] {0, 1});
    assertThat(p[0]).isCloseTo(0.375, within(1e-12));
    assertThat(p[1]).isCloseTo(0.125, within(1e-12));
  }

  @Test
  void interestEvolutionTransitionsKeepTheClickAndReplayThePages() {
    InterestEvolutionEncoder encoder = interestEncoder();
    int[] slate = {2, 0};
    SlateTransition t = encoder.transition(interestPage(), slate, step(interestPage(), 4.0, slate, false, true));
    assertThat(t.observation()).hasSize(23);
    assertThat(t.clickedPositions().toArray()).containsExactly(1);
    assertThat(encoder.trainedItems(t, 3)).containsExactly(0);
    assertThat(encoder.observation(t)).isEqualTo(interestPage());
    assertThat(encoder.nextObservation(t)).isEqualTo(interestPage());
    SlateTransition skipped = encoder.transition(interestPage(), slate, step(interestPage(), 0, slate, false, false));
    assertThat(encoder.trainedItems(skipped, 3)).containsExactly(3);
  }

  @Test
  void longTermSatisfactionRowsAreLogEngagementAndClickbait() {
    LongTermSatisfactionEncoder encoder = new LongTermSatisfactionEncoder(new LongTermSatisfactionObservationSpace(3, 100));
    LongTermSatisfactionObservation page = new LongTermSatisfactionObservation(new double[] {0.2, 0.9, 0.5},
        Math.expm1(2.0));
    float[] states = new float[3];
    encoder.encodeState(page, states, 1, 2);
    assertThat(states[0]).isZero();
    assertThat(states[1]).isCloseTo(2f, within(1e-6f));
    assertThat(states[2]).isCloseTo(2f, within(1e-6f));
    float[] items = new float[4 * 2];
    double[] available = new double[4];
    encoder.encodeItems(page, items, 0, available);
    assertThat(items).containsExactly(0.2f, 0f, 0.9f, 0f, 0.5f, 0f, 0f, 1f);
    assertThat(available).containsExactly(1, 1, 1, 0);
    // The proxy choice model: every candidate equally likely, ⊥ almost never.
    assertThat(encoder.choiceScores(page)).containsExactly(1, 1, 1);
    assertThat(encoder.noClickScore()).isEqualTo(1e-6);
    // With equal scores the greedy slate ranks by Q̄ and shows the best first, where the user consumes it.
    int[] slate = SlateSelection.GREEDY.select(encoder.choiceScores(page), new double[] {3, 7, 5, 0}, 0,
        encoder.mask(page), encoder.noClickScore(), 2);
    assertThat(slate).containsExactly(1, 2);
    // Position 0 is always consumed; the stored vector is the clickbait scores then the engagement.
    SlateTransition t = encoder.transition(page, slate, step(page, 9.0, slate, true, false));
    assertThat(encoder.trainedItems(t, 3)).containsExactly(1);
    assertThat(t.observation()).containsExactly(0.2, 0.9, 0.5, Math.expm1(2.0));
    assertThat(encoder.observation(t)).isEqualTo(page);
  }
}
