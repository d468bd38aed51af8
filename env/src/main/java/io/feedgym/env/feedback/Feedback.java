package io.feedgym.env.feedback;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The typed outcome of one page request in a recommender environment, from which reward functions
 * are computed. Environments put it into the step's info under {@link #INFO_KEY}.
 *
 * @param page 0-based index of the page within the session
 * @param positions the per-position responses, in position order
 * @param left whether the user left the session after this page
 * @param returnGap for multi-visit environments, the simulated days until the user's next session
 *     when {@code left} (NaN when unknown or not applicable, +Infinity when the user never returns)
 */
public record Feedback(int page, ImmutableList<PositionFeedback> positions, boolean left, double returnGap) {

  /** The key under which environments publish their {@code Feedback} in the step info. */
  public static final String INFO_KEY = "feedback";

  public Feedback {
    if (page < 0) {
      throw new IllegalArgumentException("page must be >= 0, found " + page);
    }
    positions = ImmutableList.copyOf(positions);
    for (int i = 0; i < positions.size(); i++) {
      if (positions.get(i).position() != i) {
        throw new IllegalArgumentException(
            "positions must be in order: index " + i + " holds position " + positions.get(i).position());
      }
    }
    if (returnGap < 0) {
      throw new IllegalArgumentException("return_gap must be >= 0, NaN or +Infinity, found " + returnGap);
    }
  }

  /** Feedback for a single-session environment (no return gap). */
  public static Feedback of(int page, List<PositionFeedback> positions, boolean left) {
    return new Feedback(page, ImmutableList.copyOf(positions), left, Double.NaN);
  }

  /** Number of clicked positions. */
  public int clicks() {
    return (int) positions.stream().filter(PositionFeedback::clicked).count();
  }

  /** Number of purchased positions. */
  public int purchases() {
    return (int) positions.stream().filter(PositionFeedback::purchased).count();
  }

  /** True when a return gap is known for this step. */
  public boolean hasReturnGap() {
    return !Double.isNaN(returnGap);
  }
}
