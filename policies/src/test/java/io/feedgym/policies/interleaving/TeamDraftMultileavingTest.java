package io.feedgym.policies.interleaving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedgym.random.SplitMix;
import java.util.List;
import org.junit.jupiter.api.Test;

class TeamDraftMultileavingTest {
  private static final int[] R0 = {0, 1, 2, 3, 4, 5};
  private static final int[] R1 = {2, 0, 4, 1, 3, 5};
  private static final int[] R2 = {5, 4, 3, 2, 1, 0};
  private final TeamDraftMultileaving multileaving = new TeamDraftMultileaving();

  @Test
  void handMadeDraftFollowsTheShuffledOrderAndSkipsItemsOtherTeamsTook() {
    // Fisher–Yates on [0, 1, 2]: i = 2 draws j = (int) (u · 3), i = 1 draws j = (int) (u · 2).
    // Round 1, u = 0.1 (swap 2 and 0: [2, 1, 0]), u = 0.9 (j = 1, no swap): order 2, 1, 0 -> 5, 2, 0.
    // Round 2, u = 0.9 (j = 2, no swap), u = 0.2 (swap 1 and 0: [1, 0, 2]): order 1, 0, 2 -> 4 (2 and 0 shown),
    // 1, and 3 for team 2 (5 and 4 shown). k = 6 reached after 6 items.
    ScriptedRandom random = ScriptedRandom.coins().thenUniforms(0.1, 0.9, 0.9, 0.2);

    Multileaved shown = multileaving.multileave(List.of(R0, R1, R2), 6, random);

    assertThat(shown.items()).containsExactly(5, 2, 0, 4, 1, 3);
    assertThat(shown.teams()).containsExactly(2, 1, 0, 1, 0, 2);
    assertThat(random.exhausted()).isTrue();
    // Clicks on positions 1 (team 1), 3 (team 1) and 5 (team 2).
    assertThat(multileaving.credit(shown, new boolean[] {false, true, false, true, false, true}))
        .containsExactly(0, 2, 1);
  }

  @Test
  void aPartialLastRoundStopsAtK() {
    // k = 4 with 3 rankings: one full round and the first pick of the second.
    ScriptedRandom random = ScriptedRandom.coins().thenUniforms(0.9, 0.9, 0.5, 0.1);

    Multileaved shown = multileaving.multileave(List.of(R0, R1, R2), 4, random);

    // Round 1: order 0, 1, 2 -> 0, 2, 5. Round 2: u = 0.5 (j = 1, swap 2 and 1: [0, 2, 1]), u = 0.1 (swap 1 and 0:
    // [2, 0, 1]): team 2 picks 4.
    assertThat(shown.items()).containsExactly(0, 2, 5, 4);
    assertThat(shown.teams()).containsExactly(0, 1, 2, 2);
  }

  @Test
  void everyTeamIsEquallyLikelyToBeCreditedForIdenticalRankings() {
    SplitMix random = new SplitMix(5);
    int pages = 30_000;
    double[] credit = new double[4];
    for (int page = 0; page < pages; page++) {
      Multileaved shown = multileaving.multileave(List.of(R0, R0, R0, R0), 5, random);
      assertThat(shown.items()).containsExactly(0, 1, 2, 3, 4);
      boolean[] clicked = {true, false, false, false, false};
      double[] pageCredit = multileaving.credit(shown, clicked);
      for (int t = 0; t < 4; t++) {
        credit[t] += pageCredit[t];
      }
    }
    // The top position goes to each team with probability 1/4: se = sqrt(pages · 3/16) ≈ 75.
    for (double c : credit) {
      assertThat(Math.abs(c - pages / 4.0)).isLessThan(4 * Math.sqrt(pages * 3 / 16.0));
    }
  }

  @Test
  void theBestOfFourRankersCollectsTheMostCredit() {
    // Relevance falls with the candidate index; ranker 2 is the ideal order, the others are worse.
    PositionClickModel clicks = new PositionClickModel(new double[] {1, 0.7, 0.5, 0.4, 0.3},
        new double[] {0.9, 0.7, 0.5, 0.3, 0.2, 0.1, 0.05});
    List<int[]> rankings = List.of(new int[] {6, 5, 4, 3, 2, 1, 0}, new int[] {3, 4, 5, 6, 0, 1, 2},
        new int[] {0, 1, 2, 3, 4, 5, 6}, new int[] {1, 0, 3, 2, 5, 4, 6});
    SplitMix random = new SplitMix(9);
    int pages = 20_000;
    double[] credit = new double[4];
    int[] beatIdeal = new int[4];
    int[] beatenByIdeal = new int[4];
    for (int page = 0; page < pages; page++) {
      Multileaved shown = multileaving.multileave(rankings, 5, random);
      double[] pageCredit = multileaving.credit(shown, clicks.clicks(shown.items(), random));
      for (int t = 0; t < 4; t++) {
        credit[t] += pageCredit[t];
        beatIdeal[t] += pageCredit[t] > pageCredit[2] ? 1 : 0;
        beatenByIdeal[t] += pageCredit[t] < pageCredit[2] ? 1 : 0;
      }
    }
    assertThat(credit[2]).isGreaterThan(credit[3]).isGreaterThan(credit[1]).isGreaterThan(credit[0]);
    // In the pairwise preferences that Multileave Gradient Descent uses, the ideal ranker wins against each other
    // ranker on clearly more pages than it loses (a sign test: 4 se of the decided pages).
    for (int t : new int[] {0, 1, 3}) {
      int decided = beatIdeal[t] + beatenByIdeal[t];
      assertThat(beatenByIdeal[t] - beatIdeal[t]).as("ranker %d", t).isGreaterThan((int) (4 * Math.sqrt(decided)));
    }
  }

  @Test
  void badRankingsAndClicksFailNamingTheArgument() {
    assertThatThrownBy(() -> multileaving.multileave(List.of(R0), 3, new SplitMix(1)))
        .hasMessage("rankings must hold at least 2 rankings, found 1");
    assertThatThrownBy(() -> multileaving.multileave(List.of(R0, R1, new int[] {0, 1, 2}), 3, new SplitMix(1)))
        .hasMessageContaining("rankings[2] against rankings[0]: rankingB must have the length of rankingA (6)");
    assertThatThrownBy(() -> multileaving.multileave(List.of(R0, R1), 7, new SplitMix(1)))
        .hasMessageContaining("k must be in [1, 6]");
    assertThatThrownBy(() -> multileaving.multileave(List.of(new int[0], new int[0]), 1, new SplitMix(1)))
        .hasMessageContaining("rankingA must not be empty");
    Multileaved shown = multileaving.multileave(List.of(R0, R1), 3, new SplitMix(1));
    assertThatThrownBy(() -> multileaving.credit(shown, new boolean[2]))
        .hasMessage("clicked must have one entry per shown item (3), found 2");
    assertThatThrownBy(() -> new Multileaved(new int[] {1, 1}, new int[] {0, 1}, 2))
        .hasMessageContaining("items must be distinct");
    assertThatThrownBy(() -> new Multileaved(new int[] {1, 2}, new int[] {0, 2}, 2))
        .hasMessage("teams must be in [0, 2), found 2");
  }
}
