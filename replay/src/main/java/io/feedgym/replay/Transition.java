package io.feedgym.replay;

import java.util.Objects;

/**
 * One environment transition {@code (s, a, r, s')}. {@code terminated} and {@code truncated} are kept
 * apart: a terminated transition has no future value, a truncated one still bootstraps from {@code s'}.
 * Observations are shared, not copied: environments must return fresh observation objects.
 */
public record Transition<O, A>(
    O observation, A action, double reward, O nextObservation, boolean terminated, boolean truncated) {

  public Transition {
    Objects.requireNonNull(observation, "observation");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(nextObservation, "nextObservation");
    if (!Double.isFinite(reward)) {
      throw new IllegalArgumentException("reward must be finite, found " + reward);
    }
  }
}
