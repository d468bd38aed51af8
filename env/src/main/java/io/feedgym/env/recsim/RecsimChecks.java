package io.feedgym.env.recsim;

import io.feedgym.env.spaces.Slate;

/** Argument checks shared by the RecSim ports; each message names the parameter and its allowed range. */
final class RecsimChecks {
  private RecsimChecks() {}

  static void slate(int numCandidates, int slateSize) {
    if (numCandidates <= 0) {
      throw new IllegalArgumentException("num_candidates must be positive, found " + numCandidates);
    }
    if (slateSize <= 0 || slateSize > numCandidates) {
      throw new IllegalArgumentException(
          "slate_size must be in [1, num_candidates=" + numCandidates + "], found " + slateSize);
    }
  }

  static void positive(String name, double value) {
    if (!(value > 0) || !Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " must be a positive finite number, found " + value);
    }
  }

  static void nonNegative(String name, double value) {
    if (!(value >= 0) || !Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " must be a finite number >= 0, found " + value);
    }
  }

  static void finite(String name, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " must be a finite number, found " + value);
    }
  }

  /** Throws {@link IllegalArgumentException} naming the environment, the slate, the space and the problem. */
  static void validateSlate(String env, Slate space, int[] slate) {
    try {
      space.validate(slate);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          env + ": slate " + space.describe(slate) + " is not in " + space + ": " + e.getMessage(), e);
    }
  }
}
