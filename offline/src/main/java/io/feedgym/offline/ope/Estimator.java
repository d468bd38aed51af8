package io.feedgym.offline.ope;

/**
 * An off-policy estimator: from logged sessions prepared for a target ({@link OpeData}) it computes the
 * per-session {@link Terms} whose (ratio of) means is the estimate of the target's value. Each implementation
 * cites its paper and equation. Implementations are immutable.
 */
public interface Estimator {

  /** The id the CLI knows it by, e.g. {@code snips}. */
  String id();

  /** What its estimate means. */
  Estimand estimand();

  /** The per-session terms for {@code data}; bad input (e.g. a missing logging model) is an
   * IllegalArgumentException. */
  Terms terms(OpeData data);
}
