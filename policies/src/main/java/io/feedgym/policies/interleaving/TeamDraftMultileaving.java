package io.feedgym.policies.interleaving;

import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Team-draft multileaving (Schuth, Sietsma, Whiteson, Lefortier &amp; de Rijke 2014, "Multileaved comparisons
 * for fast online evaluation", CIKM, Sec. 3, TDM): team-draft interleaving for n ≥ 2 rankings. In each round the
 * rankings pick in a uniformly random order (a Fisher–Yates shuffle drawn with {@link RandomGenerator#nextDouble()}),
 * each adding its highest-ranked candidate not yet shown, until k are shown. The credit of a ranking is the
 * number of clicks on its team's items. Stateless and thread-safe; all randomness comes from the caller.
 */
public final class TeamDraftMultileaving {

  /**
   * The page of {@code k} distinct candidates built from {@code rankings} (at least 2, each a permutation of the
   * same candidates, best first, at least {@code k} long); invalid rankings or {@code k} are
   * {@link IllegalArgumentException}s naming the argument.
   */
  public Multileaved multileave(List<int[]> rankings, int k, RandomGenerator random) {
    Objects.requireNonNull(rankings, "rankings");
    Objects.requireNonNull(random, "random");
    int n = rankings.size();
    if (n < 2) {
      throw new IllegalArgumentException("rankings must hold at least 2 rankings, found " + n);
    }
    for (int r = 1; r < n; r++) {
      try {
        Interleaved.checkRankings(rankings.get(0), rankings.get(r), k);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("rankings[" + r + "] against rankings[0]: " + e.getMessage(), e);
      }
    }
    int[] items = new int[k];
    int[] teams = new int[k];
    BitSet shown = new BitSet();
    int[] order = new int[n];
    int position = 0;
    while (position < k) {
      shuffle(order, random);
      for (int i = 0; i < n && position < k; i++) {
        int team = order[i];
        int item = TeamDraftInterleaving.firstNotShown(rankings.get(team), shown);
        items[position] = item;
        teams[position] = team;
        shown.set(item);
        position++;
      }
    }
    return new Multileaved(items, teams, n);
  }

  /**
   * The clicks on each ranking's team, indexed like the rankings; {@code clicked[position]} tells whether the
   * item at that position was clicked, so its length must be {@code shown.k()}.
   */
  public double[] credit(Multileaved shown, boolean[] clicked) {
    Objects.requireNonNull(clicked, "clicked");
    if (clicked.length != shown.k()) {
      throw new IllegalArgumentException("clicked must have one entry per shown item (" + shown.k() + "), found "
          + clicked.length);
    }
    double[] credit = new double[shown.rankings()];
    for (int position = 0; position < clicked.length; position++) {
      if (clicked[position]) {
        credit[shown.team(position)]++;
      }
    }
    return credit;
  }

  /** Fills {@code order} with a uniformly random permutation of 0 … n−1 (Fisher–Yates). */
  private static void shuffle(int[] order, RandomGenerator random) {
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    for (int i = order.length - 1; i > 0; i--) {
      int j = (int) (random.nextDouble() * (i + 1));
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
  }

  @Override
  public String toString() {
    return "TeamDraftMultileaving";
  }
}
