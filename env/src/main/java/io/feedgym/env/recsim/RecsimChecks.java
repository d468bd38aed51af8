package io.feedgym.env.recsim;

import io.feedgym.env.spaces.Slate;

/** The slate check shared by the RecSim ports, with a message naming the environment, the slate and the space. */
final class RecsimChecks {
  private RecsimChecks() {}

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
