package io.feedgym.offline;

import com.google.common.primitives.ImmutableDoubleArray;
import com.google.common.primitives.ImmutableIntArray;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feedback.Feedback;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One logged page: the observation it was served in (user features, context and the candidate set the log
 * holds), the slate shown, the user's feedback per position and the logging policy's propensities.
 *
 * @param firstRow the 1-based data row of the page's first row in its source
 * @param timestamp the page's timestamp as logged, empty when the log has none
 * @param observation the page before the slate was chosen: the logged candidates, user features and context
 * @param slate candidate indices shown, top position first
 * @param feedback the user's response, one position per slate entry
 * @param propensities per position k, P(the logged item at k | the items at positions above k), each in (0, 1]
 * @param slatePropensity P(the whole ordered slate) when the log has it
 */
public record LoggedPage(
    long firstRow,
    String timestamp,
    FeedObservation observation,
    ImmutableIntArray slate,
    Feedback feedback,
    ImmutableDoubleArray propensities,
    OptionalDouble slatePropensity) {

  public LoggedPage {
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(observation, "observation");
    Objects.requireNonNull(feedback, "feedback");
    Objects.requireNonNull(slatePropensity, "slatePropensity");
    if (slate.length() != feedback.positions().size() || slate.length() != propensities.length()) {
      throw new IllegalArgumentException("slate, feedback and propensities must have one entry per position, found "
          + slate.length() + ", " + feedback.positions().size() + " and " + propensities.length());
    }
  }

  /**
   * P(slate) as the product of the per-position propensities (the chain rule), which is exact when the
   * propensities are the logging policy's conditional ones.
   */
  public double chainedSlatePropensity() {
    double p = 1;
    for (int k = 0; k < propensities.length(); k++) {
      p *= propensities.get(k);
    }
    return p;
  }
}
