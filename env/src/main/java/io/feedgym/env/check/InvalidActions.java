package io.feedgym.env.check;

import io.feedgym.env.spaces.Box;
import io.feedgym.env.spaces.Discrete;
import io.feedgym.env.spaces.MultiDiscrete;
import io.feedgym.env.spaces.Slate;
import io.feedgym.env.spaces.Space;
import java.util.Optional;

/** Builds an obviously invalid action for the spaces of this package, for the invalid-action check. */
final class InvalidActions {
  private InvalidActions() {}

  /** An action just outside {@code space}, or empty when the space's type is unknown. */
  static Optional<Object> outside(Space<?> space) {
    if (space instanceof Discrete discrete) {
      return Optional.of(discrete.n());
    }
    if (space instanceof MultiDiscrete multi) {
      int[] action = new int[multi.size()];
      action[0] = multi.nvec()[0];
      return Optional.of(action);
    }
    if (space instanceof Slate slate) {
      return Optional.of(duplicateOrOutOfRange(slate));
    }
    if (space instanceof Box box) {
      return Optional.of(outsideBox(box));
    }
    return Optional.empty();
  }

  /** {@code [0, 1, ..., k-2, 0]} (index 0 twice), or {@code [n]} when {@code k = 1}. */
  private static int[] duplicateOrOutOfRange(Slate slate) {
    if (slate.k() == 1) {
      return new int[] {slate.n()};
    }
    int[] action = new int[slate.k()];
    for (int i = 0; i < action.length - 1; i++) {
      action[i] = i;
    }
    return action;
  }

  /** A vector inside the bounds except in dimension 0, which is beyond its bound (NaN when unbounded). */
  private static double[] outsideBox(Box box) {
    double[] action = new double[box.size()];
    for (int i = 0; i < action.length; i++) {
      action[i] = Math.min(Math.max(0.0, box.low(i)), box.high(i));
    }
    double low = box.low(0);
    double high = box.high(0);
    if (Double.isFinite(high)) {
      action[0] = high + Math.max(1.0, Math.abs(high));
    } else if (Double.isFinite(low)) {
      action[0] = low - Math.max(1.0, Math.abs(low));
    } else {
      action[0] = Double.NaN;
    }
    return action;
  }
}
