package io.feedgym.rewards;

/**
 * Thrown when a reward term is NaN or infinite; it names the term so the faulty component can be
 * found. Rewards are never silently clamped.
 */
public final class NonFiniteRewardException extends ArithmeticException {
  private final String term;

  /** A failure of term {@code term}, which evaluated to {@code value}. */
  public NonFiniteRewardException(String term, double value) {
    super("reward term '" + term + "' must be finite, found " + value);
    this.term = term;
  }

  /** The name of the non-finite term. */
  public String term() {
    return term;
  }
}
