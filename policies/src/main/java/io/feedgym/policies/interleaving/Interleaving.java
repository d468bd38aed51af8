package io.feedgym.policies.interleaving;

import java.util.random.RandomGenerator;

/**
 * An interleaved comparison of two rankings from clicks (Chapelle, Joachims, Radlinski &amp; Yue 2012, "Large-scale
 * validation and analysis of interleaved search evaluation", TOIS): {@link #interleave} merges two rankings of
 * the same candidates into one page, {@link #credit} turns the clicks on that page into an {@link Outcome}.
 * Implementations hold no mutable state and are thread-safe; all randomness comes from the caller's generator.
 */
public interface Interleaving {

  /**
   * The page of {@code k} distinct candidates to show, in position order, built from {@code rankingA} and
   * {@code rankingB}: candidate indices best first, each a permutation of the same candidates (e.g. the
   * available ones), at least {@code k} long. Unequal lengths, repeated or differing candidates, empty
   * rankings and {@code k} outside [1, length] are {@link IllegalArgumentException}s naming the argument.
   */
  Interleaved interleave(int[] rankingA, int[] rankingB, int k, RandomGenerator random);

  /**
   * The credit of each ranking for the clicks on {@code shown}, a page this interleaving built;
   * {@code clicked[position]} tells whether the item at that position was clicked, so its length must be
   * {@code shown.k()}. A page without clicks is a {@link Outcome#TIE}.
   */
  Outcome credit(Interleaved shown, boolean[] clicked);
}
