package io.feedgym.policies.interleaving;

import java.util.Arrays;
import java.util.Objects;

/**
 * A page built by an {@link Interleaving} from two rankings: the k items shown, the side each came from, and
 * both input rankings (which probabilistic credit needs). Immutable: arrays are copied in and out; equality
 * is by content.
 *
 * @param items the shown candidate indices in position order, k ≥ 1 distinct members of the rankings
 * @param teams the side that contributed each shown item: its team in team-draft interleaving, the ranking
 *     the coin chose in probabilistic interleaving
 * @param rankingA ranking A: distinct candidate indices ≥ 0, best first
 * @param rankingB ranking B: a permutation of rankingA's candidates, best first
 */
public record Interleaved(int[] items, Team[] teams, int[] rankingA, int[] rankingB) {

  /** The two compared rankings. */
  public enum Team {
    A,
    B
  }

  public Interleaved {
    items = items.clone();
    teams = teams.clone();
    rankingA = rankingA.clone();
    rankingB = rankingB.clone();
    requireDistinctMembers("items", items, checkRankings(rankingA, rankingB, items.length));
    if (teams.length != items.length || Arrays.asList(teams).contains(null)) {
      throw new IllegalArgumentException("teams must name a team for each of the " + items.length
          + " items, found " + Arrays.toString(teams));
    }
  }

  /** The number of shown items, the page size k. */
  public int k() {
    return items.length;
  }

  /** The candidate shown at {@code position} (0 is the top). */
  public int item(int position) {
    return items[position];
  }

  /** The side that contributed the item at {@code position}. */
  public Team team(int position) {
    return teams[position];
  }

  @Override
  public int[] items() {
    return items.clone();
  }

  @Override
  public Team[] teams() {
    return teams.clone();
  }

  @Override
  public int[] rankingA() {
    return rankingA.clone();
  }

  @Override
  public int[] rankingB() {
    return rankingB.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Interleaved that && Arrays.equals(items, that.items) && Arrays.equals(teams, that.teams)
        && Arrays.equals(rankingA, that.rankingA) && Arrays.equals(rankingB, that.rankingB);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(items), Arrays.hashCode(teams), Arrays.hashCode(rankingA),
        Arrays.hashCode(rankingB));
  }

  @Override
  public String toString() {
    return "Interleaved[items=" + Arrays.toString(items) + ", teams=" + Arrays.toString(teams) + ", rankingA="
        + Arrays.toString(rankingA) + ", rankingB=" + Arrays.toString(rankingB) + "]";
  }

  /** Fails unless {@code clicked} has one entry per shown item. */
  void requireClicks(boolean[] clicked) {
    Objects.requireNonNull(clicked, "clicked");
    if (clicked.length != items.length) {
      throw new IllegalArgumentException("clicked must have one entry per shown item (" + items.length
          + "), found " + clicked.length);
    }
  }

  /**
   * Fails, naming the argument, unless the rankings are non-empty permutations of the same distinct
   * candidates ≥ 0 and {@code k} is in [1, their length]; returns rankingA's candidates sorted.
   */
  static int[] checkRankings(int[] rankingA, int[] rankingB, int k) {
    Objects.requireNonNull(rankingA, "rankingA");
    Objects.requireNonNull(rankingB, "rankingB");
    int n = rankingA.length;
    if (n == 0) {
      throw new IllegalArgumentException("rankingA must not be empty");
    }
    if (rankingB.length != n) {
      throw new IllegalArgumentException("rankingB must have the length of rankingA (" + n + "), found "
          + rankingB.length);
    }
    if (k < 1 || k > n) {
      throw new IllegalArgumentException("k must be in [1, " + n + "] (the rankings' length), found " + k);
    }
    int[] sorted = rankingA.clone();
    Arrays.sort(sorted);
    if (sorted[0] < 0) {
      throw new IllegalArgumentException("rankingA must hold candidate indices >= 0, found " + sorted[0]);
    }
    for (int i = 1; i < n; i++) {
      if (sorted[i] == sorted[i - 1]) {
        throw new IllegalArgumentException("rankingA must hold distinct candidates, found " + sorted[i] + " twice");
      }
    }
    requireDistinctMembers("rankingB", rankingB, sorted);
    return sorted;
  }

  /** Fails unless {@code candidates} are distinct members of {@code sortedPool}, naming {@code name}. */
  private static void requireDistinctMembers(String name, int[] candidates, int[] sortedPool) {
    boolean[] seen = new boolean[sortedPool.length];
    for (int candidate : candidates) {
      int index = Arrays.binarySearch(sortedPool, candidate);
      if (index < 0) {
        throw new IllegalArgumentException(name + " must hold rankingA's candidates only, found " + candidate);
      }
      if (seen[index]) {
        throw new IllegalArgumentException(name + " must hold distinct candidates, found " + candidate + " twice");
      }
      seen[index] = true;
    }
  }
}
