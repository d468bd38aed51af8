package io.feedgym.rewards.combine;

/**
 * A potential function {@code Φ} over observations for {@link PotentialShaping}; it must be
 * deterministic and return finite values.
 *
 * @param <O> the observation type
 */
@FunctionalInterface
public interface Potential<O> {

  /** The potential {@code Φ(observation)}. */
  double value(O observation);
}
