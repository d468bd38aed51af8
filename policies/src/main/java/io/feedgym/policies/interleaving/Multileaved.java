package io.feedgym.policies.interleaving;

import java.util.Arrays;
import java.util.Objects;

/**
 * A page built by {@link TeamDraftMultileaving} from n ≥ 2 rankings: the k items shown and, for each position,
 * the index of the ranking whose team contributed it. Immutable: arrays are copied in and out; equality is by
 * content.
 *
 * @param items the shown candidate indices in position order, k ≥ 1 distinct
 * @param teams the contributing ranking's index in [0, rankings) per position
 * @param rankings the number of multileaved rankings n, at least 2
 */
public record Multileaved(int[] items, int[] teams, int rankings) {

  public Multileaved {
    items = items.clone();
    teams = teams.clone();
    if (rankings < 2) {
      throw new IllegalArgumentException("rankings must be at least 2, found " + rankings);
    }
    if (teams.length != items.length) {
      throw new IllegalArgumentException("teams must name a ranking for each of the " + items.length
          + " items, found " + teams.length);
    }
    for (int team : teams) {
      if (team < 0 || team >= rankings) {
        throw new IllegalArgumentException("teams must be in [0, " + rankings + "), found " + team);
      }
    }
    if (Arrays.stream(items).distinct().count() != items.length) {
      throw new IllegalArgumentException("items must be distinct, found " + Arrays.toString(items));
    }
  }

  /** The number of shown items, the page size k. */
  public int k() {
    return items.length;
  }

  /** The index of the ranking that contributed the item at {@code position}. */
  public int team(int position) {
    return teams[position];
  }

  @Override
  public int[] items() {
    return items.clone();
  }

  @Override
  public int[] teams() {
    return teams.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Multileaved that && rankings == that.rankings && Arrays.equals(items, that.items)
        && Arrays.equals(teams, that.teams);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(items), Arrays.hashCode(teams), rankings);
  }

  @Override
  public String toString() {
    return "Multileaved[items=" + Arrays.toString(items) + ", teams=" + Arrays.toString(teams) + ", rankings="
        + rankings + "]";
  }
}
