package io.feedgym.policies;

/** Maps an observation to an action without learning; used for evaluation and baselines. */
@FunctionalInterface
public interface Policy<O, A> {

  /** The action this policy takes in {@code observation}. */
  A act(O observation);
}
