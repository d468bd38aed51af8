package io.feedgym.agents.slateq;

/**
 * Scores a page while acting: Q̄(s, ·) of every candidate, then of the null item ⊥. Implementations read one
 * item network; {@link #sync} must follow every update of it. Not thread-safe.
 */
public interface PageScorer {

  /** Q̄(s, ·) of every candidate of {@code page}, then of ⊥, encoded by {@code encoder}. */
  <O> double[] itemValues(SlateEncoder<O> encoder, O page);

  /** Takes in the network's current parameters. */
  void sync();
}
