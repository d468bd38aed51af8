package io.feedgym.rewards.builtin;

import io.feedgym.env.feedback.Feedback;

/** What counts as a conversion for {@link NoConversionPenalty}. */
public enum Conversion {
  /** A page converts when at least one of its items is clicked (purchases imply clicks). */
  CLICK,
  /** A page converts when at least one of its items is purchased. */
  PURCHASE;

  /** Whether {@code feedback}'s page converted. */
  public boolean converted(Feedback feedback) {
    return this == CLICK ? feedback.clicks() > 0 : feedback.purchases() > 0;
  }
}
