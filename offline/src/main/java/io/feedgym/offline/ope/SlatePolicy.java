package io.feedgym.offline.ope;

import io.feedgym.env.feed.FeedObservation;
import java.util.random.RandomGenerator;

/**
 * A slate policy whose action probabilities are exact, as off-policy evaluation needs them for a target (and,
 * for some estimators, for the logging policy): the conditional probability of each position of a given slate
 * and the position-wise marginals. Deterministic policies have 0/1 probabilities. Implementations are stateless
 * functions of the page; thread safety is stated by each.
 */
public interface SlatePolicy {

  /**
   * Per position k of {@code slate} (distinct candidates of {@code page}), P(slate[k] at k | slate[0..k−1]
   * above it); 0 from the first position this policy would not take on. Their product is P(slate).
   */
  double[] conditionals(FeedObservation page, int[] slate);

  /**
   * P(candidate c at position k), as {@code [k][c]} for k below {@code positions}. A policy without a closed
   * form throws {@link IllegalArgumentException} saying why.
   */
  double[][] marginals(FeedObservation page, int positions);

  /** Draws a slate of {@code positions} items for {@code page} from this policy (for on-policy simulation). */
  int[] sample(FeedObservation page, int positions, RandomGenerator random);

  /** Whether every slate has probability 0 or 1; false unless overridden. */
  default boolean deterministic() {
    return false;
  }

  /** A short description, e.g. {@code uniform} or {@code softmax(T=1.0)}. */
  String name();
}
