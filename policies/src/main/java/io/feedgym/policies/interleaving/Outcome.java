package io.feedgym.policies.interleaving;

import io.feedgym.config.Checks;

/**
 * The click credit of one interleaved comparison (or, summed, of a batch): what {@link Interleaving#credit}
 * assigns to ranking A and to ranking B. Sign convention: {@link #preference()} is +1 when B wins, so in
 * Dueling Bandit Gradient Descent, with the current ranker as A and the explorer as B, +1 means "move".
 *
 * @param creditA the credit of ranking A, a finite number ≥ 0
 * @param creditB the credit of ranking B, a finite number ≥ 0
 */
public record Outcome(double creditA, double creditB) {
  /** No credit to either side: the outcome of a page without clicks, and the start of a {@link #sum}. */
  public static final Outcome TIE = new Outcome(0, 0);

  public Outcome {
    Checks.nonNegative("creditA", creditA);
    Checks.nonNegative("creditB", creditB);
  }

  /** −1 when A has more credit (A wins), 0 on equal credit (a tie), +1 when B has more credit (B wins). */
  public int preference() {
    return (int) Math.signum(creditB - creditA);
  }

  /** The credits of this outcome and {@code other} added side by side. */
  public Outcome plus(Outcome other) {
    return new Outcome(creditA + other.creditA, creditB + other.creditB);
  }

  /** The credits of {@code outcomes} added side by side, e.g. over a batch of pages; {@link #TIE} when empty. */
  public static Outcome sum(Iterable<Outcome> outcomes) {
    Outcome total = TIE;
    for (Outcome outcome : outcomes) {
      total = total.plus(outcome);
    }
    return total;
  }
}
