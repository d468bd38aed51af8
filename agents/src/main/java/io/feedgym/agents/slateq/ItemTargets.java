package io.feedgym.agents.slateq;

import io.feedgym.agents.slateq.SlateQConfig.Target;

/**
 * SlateQ's item-wise TD targets on a slate page (see {@link SlateQ} for how a multi-click page is
 * attributed): y = Σ_{k<m} γ^k ρ_{t+k} + γ^m (1 − terminated) V(s_{t+m}) for each of the c clicked
 * items of page t, or for the null item ⊥ when c = 0, where ρ = R / max(c, 1) is a page's item reward,
 * m ≤ n the steps available (m = 1 is the paper's one-step target) and
 * V(s) = Σ_{j∈A∪{⊥}} P(j | s, A) Q̄(s, j) with A the slate shown on s (SARSA) or the selected one
 * (Q-learning). Item values come as arrays of one entry per candidate then the null item's. Immutable and
 * thread-safe.
 */
final class ItemTargets {
  private final Target target;
  private final SlateSelection selection;
  private final ChoiceModel choice;
  private final double gamma;
  private final int slateSize;

  ItemTargets(Target target, SlateSelection selection, ChoiceModel choice, double gamma, int slateSize) {
    this.target = target;
    this.selection = selection;
    this.choice = choice;
    this.gamma = gamma;
    this.slateSize = slateSize;
  }

  /**
   * y from the chain's discounted item rewards over {@code steps} pages, whether its last page terminated,
   * the choice scores {@code nextScores} and availability {@code nextMask} of the candidates of the page after
   * it, its item values {@code nextQ} under θ⁻ and the slate shown on it ({@code shownNext}, null when
   * unknown); the page's arguments are ignored when terminated.
   */
  double itemTarget(double discountedRewards, int steps, boolean terminated, double[] nextScores, boolean[] nextMask,
      double[] nextQ, int[] shownNext) {
    return discountedRewards
        + (terminated ? 0 : Math.pow(gamma, steps) * nextValue(nextScores, nextMask, nextQ, shownNext));
  }

  /** V(s′): the choice-weighted values of ⊥ and of the slate {@link Target} picks on the next page. */
  double nextValue(double[] scores, boolean[] mask, double[] q, int[] shownNext) {
    double nullValue = q[mask.length];
    int[] slate = target == Target.SARSA && shownNext != null ? shownNext
        : selection.select(scores, q, nullValue, mask, choice.noClickScore(), slateSize);
    return choice.slateValue(scores, q, nullValue, slate);
  }
}
