package io.feedgym.policies.interleaving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedgym.policies.interleaving.Interleaved.Team;
import io.feedgym.random.SplitMix;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What every {@link Interleaving} promises: valid pages, seeded determinism, ties without clicks, named errors. */
class InterleavingContractTest {
  private static final int[] RANKING_A = {7, 3, 9, 1, 5, 2};
  private static final int[] RANKING_B = {2, 9, 5, 7, 1, 3};

  static Stream<Interleaving> interleavings() {
    return Stream.of(new TeamDraftInterleaving(), new ProbabilisticInterleaving());
  }

  @ParameterizedTest
  @MethodSource("interleavings")
  void showsKDistinctCandidatesOfTheRankingsAndIsSeeded(Interleaving interleaving) {
    for (int k = 1; k <= RANKING_A.length; k++) {
      Interleaved shown = interleaving.interleave(RANKING_A, RANKING_B, k, new SplitMix(k));

      assertThat(shown.k()).isEqualTo(k);
      assertThat(Arrays.stream(shown.items()).distinct().count()).isEqualTo(k);
      assertThat(RANKING_A).contains(shown.items());
      assertThat(shown.rankingA()).containsExactly(RANKING_A);
      assertThat(shown.rankingB()).containsExactly(RANKING_B);
      assertThat(interleaving.interleave(RANKING_A, RANKING_B, k, new SplitMix(k))).isEqualTo(shown);
    }
  }

  @ParameterizedTest
  @MethodSource("interleavings")
  void aPageWithoutClicksIsATie(Interleaving interleaving) {
    Interleaved shown = interleaving.interleave(RANKING_A, RANKING_B, 4, new SplitMix(1));

    assertThat(interleaving.credit(shown, new boolean[4])).isEqualTo(Outcome.TIE);
  }

  @ParameterizedTest
  @MethodSource("interleavings")
  void badRankingsAreErrorsNamingTheArgument(Interleaving interleaving) {
    SplitMix random = new SplitMix(1);
    assertThatThrownBy(() -> interleaving.interleave(new int[0], new int[0], 1, random))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("rankingA must not be empty");
    assertThatThrownBy(() -> interleaving.interleave(RANKING_A, new int[] {7, 3, 9}, 2, random))
        .hasMessage("rankingB must have the length of rankingA (6), found 3");
    assertThatThrownBy(() -> interleaving.interleave(RANKING_A, RANKING_B, 7, random))
        .hasMessage("k must be in [1, 6] (the rankings' length), found 7");
    assertThatThrownBy(() -> interleaving.interleave(RANKING_A, RANKING_B, 0, random))
        .hasMessage("k must be in [1, 6] (the rankings' length), found 0");
    assertThatThrownBy(() -> interleaving.interleave(new int[] {4, 1, 4}, new int[] {4, 1, 2}, 2, random))
        .hasMessage("rankingA must hold distinct candidates, found 4 twice");
    assertThatThrownBy(() -> interleaving.interleave(new int[] {0, -1}, new int[] {0, -1}, 1, random))
        .hasMessage("rankingA must hold candidate indices >= 0, found -1");
    assertThatThrownBy(() -> interleaving.interleave(new int[] {0, 1, 2}, new int[] {0, 1, 1}, 2, random))
        .hasMessage("rankingB must hold distinct candidates, found 1 twice");
    assertThatThrownBy(() -> interleaving.interleave(new int[] {0, 1, 2}, new int[] {0, 1, 8}, 2, random))
        .hasMessage("rankingB must hold rankingA's candidates only, found 8");
  }

  @ParameterizedTest
  @MethodSource("interleavings")
  void clicksMustCoverThePage(Interleaving interleaving) {
    Interleaved shown = interleaving.interleave(RANKING_A, RANKING_B, 4, new SplitMix(1));

    assertThatThrownBy(() -> interleaving.credit(shown, new boolean[3])).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("clicked must have one entry per shown item (4), found 3");
  }

  @ParameterizedTest
  @MethodSource("interleavings")
  void interleavedPagesAreValidatedAndCopied(Interleaving interleaving) {
    int[] items = {3, 7};
    Interleaved shown = new Interleaved(items, new Team[] {Team.A, Team.B}, RANKING_A, RANKING_B);
    items[0] = 9;
    shown.items()[1] = 9;
    assertThat(shown.items()).containsExactly(3, 7);
    assertThat(interleaving.credit(shown, new boolean[] {true, true}).creditA()).isPositive();
    assertThatThrownBy(() -> new Interleaved(new int[] {3, 4}, new Team[] {Team.A, Team.B}, RANKING_A, RANKING_B))
        .hasMessage("items must hold rankingA's candidates only, found 4");
    assertThatThrownBy(() -> new Interleaved(new int[] {3, 7}, new Team[] {Team.A}, RANKING_A, RANKING_B))
        .hasMessage("teams must name a team for each of the 2 items, found [A]");
  }
}
