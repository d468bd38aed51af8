package io.feedgym.policies.interleaving;

import static io.feedgym.policies.interleaving.Interleaved.Team.A;
import static io.feedgym.policies.interleaving.Interleaved.Team.B;
import static org.assertj.core.api.Assertions.assertThat;

import io.feedgym.random.SplitMix;
import org.junit.jupiter.api.Test;

class TeamDraftInterleavingTest {
  private static final int[] RANKING_A = {0, 1, 2, 3, 4};
  private static final int[] RANKING_B = {2, 0, 4, 1, 3};
  private final TeamDraftInterleaving teamDraft = new TeamDraftInterleaving();

  @Test
  void handMadeDraftFollowsTheCoinsAndSkipsItemsTheOtherTeamTook() {
    // Round 1, coin false: B picks its top, 2; A picks its top, 0.
    // Round 2, coin true: A picks 1 (0 is shown); B picks 4 (2 and 0 are shown).
    // Round 3, coin true: A picks 3, the only candidate left.
    ScriptedRandom coins = ScriptedRandom.coins(false, true, true);

    Interleaved shown = teamDraft.interleave(RANKING_A, RANKING_B, 5, coins);

    assertThat(shown.items()).containsExactly(2, 0, 1, 4, 3);
    assertThat(shown.teams()).containsExactly(B, A, A, B, A);
    assertThat(coins.exhausted()).isTrue();
    // Clicks on positions 0 (item 2, B), 2 (item 1, A) and 3 (item 4, B): h_A = 1, h_B = 2, B wins.
    Outcome outcome = teamDraft.credit(shown, new boolean[] {true, false, true, true, false});
    assertThat(outcome).isEqualTo(new Outcome(1, 2));
    assertThat(outcome.preference()).isEqualTo(1);
  }

  @Test
  void aPageOfFourUsesTwoCoinsAndAlternatesWithinARound() {
    // Round 1, coin true: A picks 0, B picks 2. Round 2, coin false: B picks 4 (0 is shown), A picks 1.
    ScriptedRandom coins = ScriptedRandom.coins(true, false);

    Interleaved shown = teamDraft.interleave(RANKING_A, RANKING_B, 4, coins);

    assertThat(shown.items()).containsExactly(0, 2, 4, 1);
    assertThat(shown.teams()).containsExactly(A, B, B, A);
    assertThat(coins.exhausted()).isTrue();
    assertThat(teamDraft.credit(shown, new boolean[] {true, false, false, true})).isEqualTo(new Outcome(2, 0));
  }

  @Test
  void identicalRankingsShowTheRankingAndHaveZeroExpectedPreference() {
    // Clicks on each position with probability 1/2; over n pages the mean preference has se <= 1/sqrt(n).
    SplitMix random = new SplitMix(7);
    int pages = 20_000;
    long preferenceSum = 0;
    long decided = 0;
    for (int page = 0; page < pages; page++) {
      Interleaved shown = teamDraft.interleave(RANKING_A, RANKING_A, 4, random);
      assertThat(shown.items()).containsExactly(0, 1, 2, 3);
      boolean[] clicked = new boolean[4];
      for (int position = 0; position < 4; position++) {
        clicked[position] = random.nextBoolean();
      }
      int preference = teamDraft.credit(shown, clicked).preference();
      preferenceSum += preference;
      decided += Math.abs(preference);
    }
    assertThat(decided).as("the coins still credit one side").isGreaterThan(pages / 4);
    assertThat(Math.abs((double) preferenceSum)).isLessThan(4 * Math.sqrt(decided));
  }
}
