package io.feedgym.replay;

import com.google.common.primitives.ImmutableIntArray;
import java.util.Objects;

/**
 * One slate step between fixed-length vector observations, with the positions the user clicked: what
 * {@link SlateStorage} keeps for slate environments whose observations encode exactly as vectors (the
 * RecSim ports). Observation arrays are shared, not copied, as in {@link Transition}.
 *
 * @param observation the state the slate was chosen in, as a vector
 * @param slate candidate indices shown, top position first, distinct and non-negative
 * @param reward the step's reward, finite
 * @param nextObservation the state after the step, as a vector of the same length
 * @param terminated whether the episode ended in a terminal state
 * @param truncated whether an outside limit cut the episode
 * @param clickedPositions the slate positions clicked (consumed), ascending, each in [0, slate length)
 */
public record SlateTransition(
    double[] observation,
    ImmutableIntArray slate,
    double reward,
    double[] nextObservation,
    boolean terminated,
    boolean truncated,
    ImmutableIntArray clickedPositions) {

  public SlateTransition {
    Objects.requireNonNull(observation, "observation");
    Objects.requireNonNull(slate, "slate");
    Objects.requireNonNull(nextObservation, "nextObservation");
    Objects.requireNonNull(clickedPositions, "clickedPositions");
    if (!Double.isFinite(reward)) {
      throw new IllegalArgumentException("reward must be finite, found " + reward);
    }
    if (nextObservation.length != observation.length) {
      throw new IllegalArgumentException("next_observation must have " + observation.length + " values, found "
          + nextObservation.length);
    }
    if (slate.isEmpty() || slate.stream().anyMatch(c -> c < 0) || slate.stream().distinct().count() != slate.length()) {
      throw new IllegalArgumentException("slate must hold distinct non-negative candidates, found " + slate);
    }
    for (int i = 0; i < clickedPositions.length(); i++) {
      int position = clickedPositions.get(i);
      if (position < 0 || position >= slate.length() || (i > 0 && position <= clickedPositions.get(i - 1))) {
        throw new IllegalArgumentException("clicked positions must be ascending and in [0, " + slate.length()
            + "), found " + clickedPositions);
      }
    }
  }

  /** True when the episode ended with this transition, terminated or truncated. */
  public boolean done() {
    return terminated || truncated;
  }

  /** The candidates clicked, in position order. */
  public int[] clickedCandidates() {
    return clickedPositions.stream().map(slate::get).toArray();
  }
}
