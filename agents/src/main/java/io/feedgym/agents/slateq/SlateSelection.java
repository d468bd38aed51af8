package io.feedgym.agents.slateq;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * How SlateQ builds a slate of k available candidates from the choice scores v(s, i), the item values
 * Q̄(s, i) and the null item's value Q̄(s, ⊥) (Ie et al. 2019, Sec. "Slate Optimization with Q-values";
 * RecSim's {@code select_slate_topk} and {@code select_slate_greedy}, which fix Q̄(s, ⊥) = 0). Since
 * Q(s, A) − Q̄(s, ⊥) = Σ_{i∈A} v_i (Q̄_i − Q̄_⊥) / (v_⊥ + Σ_{j∈A} v_j), both work on the gains
 * g_i = Q̄_i − Q̄_⊥. The exact maximiser, a fractional mixed-integer program, is not implemented. Either
 * way the chosen items are shown in decreasing order of v · g, since the choice model ignores positions
 * but the feed examines the top first; ties go to the lower index.
 */
public enum SlateSelection {
  /** The k available items with the largest v(s, i) · g(s, i) (the paper's "top-k"). */
  TOP_K {
    @Override
    int[] choose(double[] scores, double[] gains, boolean[] mask, double noClickScore, int k) {
      return IntStream.range(0, gains.length).filter(c -> mask[c]).boxed()
          .sorted((a, b) -> Double.compare(scores[b] * gains[b], scores[a] * gains[a]))
          .limit(k).mapToInt(Integer::intValue).toArray();
    }
  },
  /**
   * k rounds, each adding the available item that maximises the slate's gain so far, (N + v_j g_j) / (D + v_j)
   * with N = Σ v g and D = v(s, ⊥) + Σ v over the items already chosen (the paper's "greedy").
   */
  GREEDY {
    @Override
    int[] choose(double[] scores, double[] gains, boolean[] mask, double noClickScore, int k) {
      boolean[] taken = new boolean[gains.length];
      int[] slate = new int[k];
      double numerator = 0;
      double denominator = noClickScore;
      for (int position = 0; position < k; position++) {
        int best = -1;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < gains.length; c++) {
          double value = (numerator + scores[c] * gains[c]) / (denominator + scores[c]);
          if (mask[c] && !taken[c] && value > bestValue) {
            best = c;
            bestValue = value;
          }
        }
        taken[best] = true;
        slate[position] = best;
        numerator += scores[best] * gains[best];
        denominator += scores[best];
      }
      return slate;
    }
  };

  /** The chosen set, in any order, from the gains g_i = Q̄_i − Q̄_⊥; the mask has at least k available entries. */
  abstract int[] choose(double[] scores, double[] gains, boolean[] mask, double noClickScore, int k);

  /**
   * A slate of {@code k} distinct available candidates, best first, from one score, value and mask entry
   * per candidate and the null item's value; fewer than {@code k} available candidates is an
   * {@link IllegalArgumentException}.
   */
  public int[] select(double[] scores, double[] q, double nullValue, boolean[] mask, double noClickScore, int k) {
    if (scores.length != mask.length || q.length < mask.length) {
      throw new IllegalArgumentException("scores, q and mask must have one entry per candidate, found "
          + scores.length + ", " + q.length + " and " + mask.length);
    }
    long available = IntStream.range(0, mask.length).filter(c -> mask[c]).count();
    if (k <= 0 || available < k) {
      throw new IllegalArgumentException(
          "k must be in [1, " + available + "] (the available candidates), found " + k);
    }
    double[] gains = new double[mask.length];
    Arrays.setAll(gains, c -> q[c] - nullValue);
    Integer[] slate = Arrays.stream(choose(scores, gains, mask, noClickScore, k)).boxed().toArray(Integer[]::new);
    Arrays.sort(slate, (a, b) -> {
      int byValue = Double.compare(scores[b] * gains[b], scores[a] * gains[a]);
      return byValue != 0 ? byValue : Integer.compare(a, b);
    });
    return Arrays.stream(slate).mapToInt(Integer::intValue).toArray();
  }
}
