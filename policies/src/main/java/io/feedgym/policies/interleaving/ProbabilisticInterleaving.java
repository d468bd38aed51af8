package io.feedgym.policies.interleaving;

import io.feedgym.config.Checks;
import io.feedgym.policies.distributions.Categorical;
import io.feedgym.policies.interleaving.Interleaved.Team;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Probabilistic interleaving with marginalized credit (Hofmann, Whiteson &amp; de Rijke 2011, "A probabilistic
 * method for inferring preferences from clicks", CIKM). Each ranking x becomes a softmax over its ranks,
 * P_x(d) = r_x(d)^−τ / Σ_{d' not yet shown} r_x(d')^−τ, with r_x(d) the 1-based rank of d in x; at each
 * position a fair coin ({@link RandomGenerator#nextBoolean()}, true: A) picks a ranking a_i and the item is
 * drawn from P_{a_i} over the candidates not yet shown.
 *
 * <p>The credit is the paper's marginalized outcome E[o] = Σ_a o(c, a) P(a | l), over all 2^k assignments a
 * of the shown list l to rankings, where o(c, a) is −1, 0 or +1 as the clicks c on items assigned to A are
 * more than, as many as or fewer than those on items assigned to B, and P(a | l) = P(l | a) P(a) / P(l) with
 * P(a) = 2^−k and P(l | a) = Π_i P_{a_i}(l_i | l_1..l_{i−1}). Every factor of P(l | a) depends on a_i alone, so
 * the posterior factorises: the a_i are independent with P(a_i = A | l) = P_A(l_i) / (P_A(l_i) + P_B(l_i));
 * and o depends only on the clicked positions. E[o] is therefore computed exactly, for any k, by convolving
 * the clicked positions' assignments (O(k²)), not by enumerating 2^k assignments; the unit tests check it
 * against that enumeration. {@link Outcome#creditA()} is P(o = −1 | l, c), {@link Outcome#creditB()} is
 * P(o = +1 | l, c), so E[o] = creditB − creditA. Identical rankings give P(a_i = A | l) = ½ at every position
 * and exactly equal credits. The coins actually drawn are kept in {@link Interleaved#teams()} but not used.
 * Immutable and thread-safe.
 */
public final class ProbabilisticInterleaving implements Interleaving {
  /** The softmax exponent τ used in the paper's experiments. */
  public static final double DEFAULT_TAU = 3;

  private final double tau;

  /** Probabilistic interleaving with τ = {@link #DEFAULT_TAU}. */
  public ProbabilisticInterleaving() {
    this(DEFAULT_TAU);
  }

  /** Probabilistic interleaving with softmax exponent {@code tau}, a positive finite number; larger is greedier. */
  public ProbabilisticInterleaving(double tau) {
    Checks.positive("tau", tau);
    this.tau = tau;
  }

  public double tau() {
    return tau;
  }

  @Override
  public Interleaved interleave(int[] rankingA, int[] rankingB, int k, RandomGenerator random) {
    Interleaved.checkRankings(rankingA, rankingB, k);
    Objects.requireNonNull(random, "random");
    double[] logitsA = logits(rankingA, rankingA);
    double[] logitsB = logits(rankingB, rankingA);
    boolean[] notShown = new boolean[rankingA.length];
    Arrays.fill(notShown, true);
    int[] items = new int[k];
    Team[] teams = new Team[k];
    for (int position = 0; position < k; position++) {
      teams[position] = random.nextBoolean() ? Team.A : Team.B;
      int document = Categorical.sample(teams[position] == Team.A ? logitsA : logitsB, notShown, random);
      items[position] = rankingA[document];
      notShown[document] = false;
    }
    return new Interleaved(items, teams, rankingA, rankingB);
  }

  /** The marginalized outcome: creditA = P(A's clicks &gt; B's | l, c), creditB = P(B's clicks &gt; A's | l, c). */
  @Override
  public Outcome credit(Interleaved shown, boolean[] clicked) {
    shown.requireClicks(clicked);
    int[] documents = shown.rankingA();
    double[] logitsA = logits(documents, documents);
    double[] logitsB = logits(shown.rankingB(), documents);
    Map<Integer, Integer> indexOf = ranks(documents);
    boolean[] notShown = new boolean[documents.length];
    Arrays.fill(notShown, true);
    int k = shown.k();
    // difference[k + d] = P(B's clicks − A's clicks = d) over the m clicked positions seen so far; it is 0
    // outside [k − m, k + m], so before the last click the ends of the array stay empty
    double[] difference = new double[2 * k + 1];
    difference[k] = 1;
    for (int position = 0; position < k; position++) {
      int document = indexOf.get(shown.item(position));
      if (clicked[position]) {
        double logRatio = Categorical.logProb(logitsB, notShown, document)
            - Categorical.logProb(logitsA, notShown, document);
        double toA = 1 / (1 + Math.exp(logRatio));
        double[] next = new double[difference.length];
        for (int d = 1; d < difference.length - 1; d++) {
          next[d - 1] += toA * difference[d];
          next[d + 1] += (1 - toA) * difference[d];
        }
        difference = next;
      }
      notShown[document] = false;
    }
    return new Outcome(Arrays.stream(difference, 0, k).sum(), Arrays.stream(difference, k + 1, 2 * k + 1).sum());
  }

  /** log r_x(d)^−τ = −τ ln r_x(d) for each of {@code documents}, under ranking x = {@code ranking}. */
  private double[] logits(int[] ranking, int[] documents) {
    Map<Integer, Integer> rank = ranks(ranking);
    double[] logits = new double[documents.length];
    for (int i = 0; i < documents.length; i++) {
      logits[i] = -tau * Math.log(rank.get(documents[i]) + 1);
    }
    return logits;
  }

  /** The 0-based position of each candidate in {@code ranking}. */
  private static Map<Integer, Integer> ranks(int[] ranking) {
    Map<Integer, Integer> rank = new HashMap<>();
    for (int i = 0; i < ranking.length; i++) {
      rank.put(ranking[i], i);
    }
    return rank;
  }

  @Override
  public String toString() {
    return "ProbabilisticInterleaving(tau=" + tau + ")";
  }
}
