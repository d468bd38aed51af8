package io.feedgym.replay;

import java.util.Objects;

/**
 * One transition {@code (s, a, r, s')} spanning {@code steps} environment steps: 1 for an environment
 * step, m for an m-step transition whose {@code reward} is the discounted sum of m rewards and whose
 * bootstrap is discounted by γ^m ({@link NStepStorage}). {@code terminated} and {@code truncated} are
 * kept apart: a terminated transition has no future value, a truncated one still bootstraps from
 * {@code s'}. Observations are shared, not copied: environments must return fresh observation objects.
 */
public record Transition<O, A>(
    O observation, A action, double reward, O nextObservation, boolean terminated, boolean truncated, int steps) {

  public Transition {
    Objects.requireNonNull(observation, "observation");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(nextObservation, "nextObservation");
    if (!Double.isFinite(reward)) {
      throw new IllegalArgumentException("reward must be finite, found " + reward);
    }
    if (steps <= 0) {
      throw new IllegalArgumentException("steps must be positive, found " + steps);
    }
  }

  /** A one-step transition, as an environment step produces. */
  public Transition(O observation, A action, double reward, O nextObservation, boolean terminated, boolean truncated) {
    this(observation, action, reward, nextObservation, terminated, truncated, 1);
  }

  /** True when the episode ended with this transition, terminated or truncated. */
  public boolean done() {
    return terminated || truncated;
  }
}
