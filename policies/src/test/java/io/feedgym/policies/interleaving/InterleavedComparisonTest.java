package io.feedgym.policies.interleaving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.feedgym.policies.interleaving.Interleaved.Team;
import io.feedgym.random.SplitMix;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The unit-level sanity check of Dueling Bandit Gradient Descent's interleaved comparison: under a
 * position-based click model with known relevances, the truly better of two fixed rankers wins with the
 * frequency computed exactly by enumerating the interleaving's random choices and every click outcome.
 */
class InterleavedComparisonTest {
  private static final int K = 4;
  private static final int COMPARISONS = 20_000;
  /** Five candidates, relevance decreasing with the index; the first K positions' examination probabilities. */
  private static final PositionClickModel CLICKS =
      new PositionClickModel(new double[] {1, 0.6, 0.4, 0.3}, new double[] {0.9, 0.6, 0.4, 0.2, 0.05});
  /** The current ranker A is worse than the explorer B, the ideal ranking. */
  private static final int[] WORSE = {2, 0, 1, 3, 4};
  private static final int[] BETTER = {0, 1, 2, 3, 4};

  static Stream<Interleaving> interleavings() {
    return Stream.of(new TeamDraftInterleaving(), new ProbabilisticInterleaving());
  }

  @Test
  void teamDraftPicksTheBetterRankerWithTheExactExpectedFrequency() {
    // The pages are fixed by the ⌈K/2⌉ = 2 coins, each of the 4 scripts with probability 1/4.
    TeamDraftInterleaving teamDraft = new TeamDraftInterleaving();
    Map<Interleaved, Double> pages = new LinkedHashMap<>();
    for (int coins = 0; coins < 4; coins++) {
      ScriptedRandom script = ScriptedRandom.coins((coins & 1) == 0, (coins & 2) == 0);
      pages.merge(teamDraft.interleave(WORSE, BETTER, K, script), 0.25, Double::sum);
    }

    assertBetterWinsAsExpected(teamDraft, pages);
  }

  @Test
  void probabilisticInterleavingPicksTheBetterRankerWithTheExactExpectedFrequency() {
    // Every ordered list l of K distinct candidates, with P(l) = Π_i (P_A(l_i) + P_B(l_i)) / 2 over the
    // candidates not yet shown; the credit ignores the teams, so every page is stored as all A's.
    ProbabilisticInterleaving probabilistic = new ProbabilisticInterleaving();
    Map<Interleaved, Double> pages = new LinkedHashMap<>();
    addLists(new int[0], 1, probabilistic.tau(), pages);

    assertThat(pages.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, within(1e-12));
    assertBetterWinsAsExpected(probabilistic, pages);
  }

  @ParameterizedTest
  @MethodSource("interleavings")
  void movingTheTopItemDownLosesTheComparison(Interleaving interleaving) {
    // Relevance decreases with A's rank; B is A with its top item moved to the third position.
    PositionClickModel clicks = new PositionClickModel(new double[] {1, 0.6, 0.4, 0.3},
        new double[] {0.8, 0.5, 0.3, 0.2, 0.1, 0.05});
    int[] wins = monteCarloWins(interleaving, new int[] {0, 1, 2, 3, 4, 5}, new int[] {1, 2, 0, 3, 4, 5}, clicks);

    // Sign test: with no true preference, wins A − wins B has mean 0 and se √(wins A + wins B).
    assertThat(wins[0] - wins[1]).as("A wins %d, B wins %d", wins[0], wins[1])
        .isGreaterThan((int) (3 * Math.sqrt(wins[0] + wins[1])));
  }

  /**
   * Checks that B (the better ranker) wins a share p of the decided comparisons, p computed exactly from
   * {@code pages} (page → probability) and every click outcome, with p &gt; 1/2, and that the share over
   * {@link #COMPARISONS} seeded comparisons lies within 4 standard errors √(p(1 − p)/decided) of p.
   */
  private static void assertBetterWinsAsExpected(Interleaving interleaving, Map<Interleaved, Double> pages) {
    double[] exact = new double[2];
    pages.forEach((page, probability) -> {
      for (int mask = 0; mask < 1 << K; mask++) {
        boolean[] clicked = new boolean[K];
        for (int position = 0; position < K; position++) {
          clicked[position] = (mask >> position & 1) == 1;
        }
        int preference = interleaving.credit(page, clicked).preference();
        if (preference != 0) {
          exact[(preference + 1) / 2] += probability * CLICKS.probability(page.items(), clicked);
        }
      }
    });
    double expected = exact[1] / (exact[0] + exact[1]);
    int[] wins = monteCarloWins(interleaving, WORSE, BETTER, CLICKS);
    int decided = wins[0] + wins[1];
    double frequency = (double) wins[1] / decided;
    double se = Math.sqrt(expected * (1 - expected) / decided);

    String summary = String.format("%s: P(B wins) = %.4f, P(A wins) = %.4f, expected share %.4f, measured %.4f"
        + " over %d decided comparisons (se %.4f)", interleaving, exact[1], exact[0], expected, frequency, decided, se);
    assertThat(expected).as(summary).isGreaterThan(0.5);
    assertThat(frequency).as(summary).isCloseTo(expected, within(4 * se));
  }

  /** Wins of A and of B over {@link #COMPARISONS} comparisons with clicks from {@code clicks}, seeded. */
  private static int[] monteCarloWins(Interleaving interleaving, int[] rankingA, int[] rankingB,
      PositionClickModel clicks) {
    SplitMix random = new SplitMix(42);
    int[] wins = new int[2];
    for (int comparison = 0; comparison < COMPARISONS; comparison++) {
      Interleaved page = interleaving.interleave(rankingA, rankingB, K, random);
      int preference = interleaving.credit(page, clicks.clicks(page.items(), random)).preference();
      if (preference != 0) {
        wins[(preference + 1) / 2]++;
      }
    }
    return wins;
  }

  /** Adds every list of K distinct candidates that extends {@code prefix}, with its probability under PI. */
  private static void addLists(int[] prefix, double probability, double tau, Map<Interleaved, Double> pages) {
    if (prefix.length == K) {
      Team[] teams = new Team[K];
      Arrays.fill(teams, Team.A);
      pages.put(new Interleaved(prefix, teams, WORSE, BETTER), probability);
      return;
    }
    for (int item : WORSE) {
      if (Arrays.stream(prefix).noneMatch(shown -> shown == item)) {
        double next = (ProbabilisticInterleavingTest.softmax(WORSE, prefix, item, tau)
            + ProbabilisticInterleavingTest.softmax(BETTER, prefix, item, tau)) / 2;
        int[] longer = Arrays.copyOf(prefix, prefix.length + 1);
        longer[prefix.length] = item;
        addLists(longer, probability * next, tau, pages);
      }
    }
  }
}
