package io.feedgym.policies.interleaving;

import static io.feedgym.policies.interleaving.Interleaved.Team.A;
import static io.feedgym.policies.interleaving.Interleaved.Team.B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.feedgym.policies.interleaving.Interleaved.Team;
import io.feedgym.random.SplitMix;
import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class ProbabilisticInterleavingTest {
  // With τ = 1 the rank weights are 1, 1/2, 1/3; ranking A ranks 0, 1, 2 and ranking B ranks 1, 2, 0, so over
  // all three candidates (in candidate order 0, 1, 2) P_A = (6, 3, 2)/11 and P_B = (2, 6, 3)/11.
  private static final int[] RANKING_A = {0, 1, 2};
  private static final int[] RANKING_B = {1, 2, 0};
  private final ProbabilisticInterleaving tauOne = new ProbabilisticInterleaving(1);

  @Test
  void handMadePageFollowsTheCoinsAndTheRenormalizedSoftmax() {
    // Position 0, coin false (B): P_B = (2, 6, 3)/11, cumulative 0.18, 0.73, so u = 0.5 draws candidate 1.
    // Position 1, coin true (A): over {0, 2} P_A = (1, 1/3)/(4/3) = (3/4, 1/4), so u = 0.5 draws candidate 0.
    // Position 2, coin false (B): only candidate 2 is left.
    ScriptedRandom random = ScriptedRandom.coins(false, true, false).thenUniforms(0.5, 0.5, 0.9);

    Interleaved shown = tauOne.interleave(RANKING_A, RANKING_B, 3, random);

    assertThat(shown.items()).containsExactly(1, 0, 2);
    assertThat(shown.teams()).containsExactly(B, A, B);
    assertThat(random.exhausted()).isTrue();
  }

  @Test
  void handComputedMarginalizedCredit() {
    // l = (1, 0, 2). Every factor of P(l | a) depends on a_i alone, so P(a_i = A | l) = P_A(l_i) / (P_A + P_B):
    //   position 0, item 1 among {0, 1, 2}: P_A = 3/11, P_B = 6/11                      -> P(a_0 = A) = 1/3
    //   position 1, item 0 among {0, 2}:    P_A = 1/(4/3) = 3/4, P_B = (1/3)/(5/6) = 2/5 -> P(a_1 = A) = 15/23
    //   position 2, item 2 alone:           P_A = P_B = 1                              -> P(a_2 = A) = 1/2
    // Clicks on positions 0 and 2: A wins iff both are A's, 1/3 * 1/2 = 1/6; B wins iff both are B's,
    // 2/3 * 1/2 = 1/3; otherwise a tie. E[o] = 1/3 - 1/6 = 1/6: B is preferred.
    Interleaved shown = new Interleaved(new int[] {1, 0, 2}, new Team[] {B, A, B}, RANKING_A, RANKING_B);

    Outcome twoClicks = tauOne.credit(shown, new boolean[] {true, false, true});
    assertThat(twoClicks.creditA()).isCloseTo(1.0 / 6, within(1e-12));
    assertThat(twoClicks.creditB()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(twoClicks.preference()).isEqualTo(1);
    // A click on position 1 alone goes to A with probability 15/23.
    Outcome oneClick = tauOne.credit(shown, new boolean[] {false, true, false});
    assertThat(oneClick.creditA()).isCloseTo(15.0 / 23, within(1e-12));
    assertThat(oneClick.creditB()).isCloseTo(8.0 / 23, within(1e-12));
    assertThat(tauOne.credit(shown, new boolean[3])).isEqualTo(Outcome.TIE);
  }

  @Test
  void creditEqualsTheBayesEnumerationOverAllAssignments() {
    SplitMix random = new SplitMix(3);
    for (int trial = 0; trial < 200; trial++) {
      int n = 3 + random.nextInt(4);
      int k = 1 + random.nextInt(n);
      double tau = new double[] {0.5, 1, 3}[random.nextInt(3)];
      int[] rankingA = shuffled(n, random);
      int[] rankingB = shuffled(n, random);
      ProbabilisticInterleaving interleaving = new ProbabilisticInterleaving(tau);
      Interleaved shown = interleaving.interleave(rankingA, rankingB, k, random);
      boolean[] clicked = new boolean[k];
      for (int position = 0; position < k; position++) {
        clicked[position] = random.nextBoolean();
      }

      Outcome outcome = interleaving.credit(shown, clicked);

      double[] expected = enumerateAssignments(shown, clicked, tau);
      assertThat(outcome.creditA()).as("trial %d: %s", trial, shown).isCloseTo(expected[0], within(1e-12));
      assertThat(outcome.creditB()).as("trial %d: %s", trial, shown).isCloseTo(expected[1], within(1e-12));
    }
  }

  @Test
  void identicalRankingsGiveExactlyEqualCredit() {
    SplitMix random = new SplitMix(5);
    ProbabilisticInterleaving interleaving = new ProbabilisticInterleaving();
    for (int trial = 0; trial < 200; trial++) {
      int[] ranking = shuffled(10, random);
      Interleaved shown = interleaving.interleave(ranking, ranking, 6, random);
      boolean[] clicked = new boolean[6];
      for (int position = 0; position < 6; position++) {
        clicked[position] = random.nextBoolean();
      }

      Outcome outcome = interleaving.credit(shown, clicked);

      assertThat(outcome.creditA()).isEqualTo(outcome.creditB());
      assertThat(outcome.preference()).isZero();
    }
  }

  @Test
  void theFirstItemIsDrawnFromTheMixtureOfBothSoftmaxes() {
    // P(l_0 = d) = (P_A(d) + P_B(d)) / 2 = (4, 4.5, 2.5)/11 for candidates 0, 1, 2.
    double[] expected = {4 / 11.0, 4.5 / 11, 2.5 / 11};
    int draws = 20_000;
    int[] counts = new int[3];
    SplitMix random = new SplitMix(11);
    for (int draw = 0; draw < draws; draw++) {
      counts[tauOne.interleave(RANKING_A, RANKING_B, 1, random).item(0)]++;
    }
    for (int d = 0; d < 3; d++) {
      double se = Math.sqrt(expected[d] * (1 - expected[d]) / draws);
      assertThat((double) counts[d] / draws).as("candidate %d", d).isCloseTo(expected[d], within(4 * se));
    }
  }

  @Test
  void tauMustBePositive() {
    assertThat(new ProbabilisticInterleaving().tau()).isEqualTo(3);
    assertThatThrownBy(() -> new ProbabilisticInterleaving(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tau must be a positive finite number, found 0.0");
  }

  /** P(o = −1 | l, c) and P(o = +1 | l, c) by the paper's definition: Σ_a o(c, a) P(l | a) P(a) / P(l). */
  private static double[] enumerateAssignments(Interleaved shown, boolean[] clicked, double tau) {
    int k = shown.k();
    double[] wins = new double[2];
    double total = 0;
    for (int mask = 0; mask < 1 << k; mask++) {
      double likelihood = 1;
      int difference = 0;
      for (int position = 0; position < k; position++) {
        boolean toA = (mask >> position & 1) == 0;
        int[] ranking = toA ? shown.rankingA() : shown.rankingB();
        likelihood *= 0.5 * softmax(ranking, Arrays.copyOf(shown.items(), position), shown.item(position), tau);
        difference += clicked[position] ? (toA ? -1 : 1) : 0;
      }
      total += likelihood;
      if (difference != 0) {
        wins[difference < 0 ? 0 : 1] += likelihood;
      }
    }
    return new double[] {wins[0] / total, wins[1] / total};
  }

  /** r(item)^−τ / Σ_{d not in shownBefore} r(d)^−τ under {@code ranking}. */
  static double softmax(int[] ranking, int[] shownBefore, int item, double tau) {
    double numerator = 0;
    double denominator = 0;
    for (int rank = 0; rank < ranking.length; rank++) {
      int candidate = ranking[rank];
      if (Arrays.stream(shownBefore).noneMatch(d -> d == candidate)) {
        double weight = Math.pow(rank + 1, -tau);
        denominator += weight;
        numerator += candidate == item ? weight : 0;
      }
    }
    return numerator / denominator;
  }

  /** A uniformly random permutation of 0..n−1 (Fisher–Yates). */
  static int[] shuffled(int n, RandomGenerator random) {
    int[] ranking = new int[n];
    for (int i = 0; i < n; i++) {
      int j = random.nextInt(i + 1);
      ranking[i] = ranking[j];
      ranking[j] = i;
    }
    return ranking;
  }
}
