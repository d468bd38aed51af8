package io.feedgym.policies.interleaving;

import io.feedgym.policies.interleaving.Interleaved.Team;
import java.util.BitSet;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Team-draft interleaving (Radlinski, Kurup &amp; Joachims 2008, "How does clickthrough data reflect retrieval
 * quality?", CIKM, Algorithm 2 "Team-Draft Interleaving"): like captains picking teams, in each round a fair
 * coin ({@link RandomGenerator#nextBoolean()}, true: A first) decides which ranking picks first, then each
 * adds its highest-ranked candidate not yet shown, until k are shown; a page of k uses ⌈k/2⌉ coins. The credit
 * of a ranking is the number of clicks on its team's items, h_A = |{clicked i : team(i) = A}|. Since both
 * rankings hold the same candidates, each always has one left to pick. Identical rankings show the same page
 * whatever the coins, but its clicks still go to whichever team the coins gave each position; the expected
 * preference is then 0. Stateless and thread-safe.
 */
public final class TeamDraftInterleaving implements Interleaving {

  @Override
  public Interleaved interleave(int[] rankingA, int[] rankingB, int k, RandomGenerator random) {
    Interleaved.checkRankings(rankingA, rankingB, k);
    Objects.requireNonNull(random, "random");
    int[] items = new int[k];
    Team[] teams = new Team[k];
    BitSet shown = new BitSet();
    int picksA = 0;
    int picksB = 0;
    for (int position = 0; position < k; position++) {
      boolean pickA = picksA < picksB || (picksA == picksB && random.nextBoolean());
      int item = firstNotShown(pickA ? rankingA : rankingB, shown);
      items[position] = item;
      teams[position] = pickA ? Team.A : Team.B;
      shown.set(item);
      if (pickA) {
        picksA++;
      } else {
        picksB++;
      }
    }
    return new Interleaved(items, teams, rankingA, rankingB);
  }

  /** The clicks on each team's items: h_A and h_B of Radlinski et al. */
  @Override
  public Outcome credit(Interleaved shown, boolean[] clicked) {
    shown.requireClicks(clicked);
    int clicksA = 0;
    int clicksB = 0;
    for (int position = 0; position < clicked.length; position++) {
      if (clicked[position] && shown.team(position) == Team.A) {
        clicksA++;
      } else if (clicked[position]) {
        clicksB++;
      }
    }
    return new Outcome(clicksA, clicksB);
  }

  /** The first candidate of {@code ranking} not yet {@code shown}. */
  static int firstNotShown(int[] ranking, BitSet shown) {
    for (int candidate : ranking) {
      if (!shown.get(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("every candidate is shown; k exceeds the rankings' length");
  }

  @Override
  public String toString() {
    return "TeamDraftInterleaving";
  }
}
