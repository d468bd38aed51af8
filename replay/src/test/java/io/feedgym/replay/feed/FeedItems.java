package io.feedgym.replay.feed;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableIntArray;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feed.FeedObservationSpace;
import io.feedgym.env.feedback.Feedback;
import io.feedgym.env.feedback.PositionFeedback;
import io.feedgym.env.spaces.Slate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Test items for feed storages: small pages (6 candidates × 8 features, 2 always available) drawn from
 * the space with seed = page id; transition {@code id} shows candidates 1 then 0 on page id, leads to
 * page id + 1 and has reward id, so consecutive ids form an episode.
 */
public final class FeedItems {
  public static final FeedObservationSpace SPACE = new FeedObservationSpace(3, 9, 6, 8, 3, 50, 2);
  public static final Slate SLATES = new Slate(2, 6);

  private FeedItems() {}

  public static FeedObservation page(int id) {
    return SPACE.sample(new SplittableRandom(id));
  }

  /** {@code page} as a float storage returns it. */
  public static FeedObservation rounded(FeedObservation page) {
    return FeedObservation.of(round(page.user()), round(page.context()), round(page.features()), page.topics(),
        page.items(), page.mask());
  }

  private static double[] round(double[] values) {
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (float) values[i];
    }
    return out;
  }

  /** Transition {@code id}: position 0 clicked when id is even and purchased when id is a multiple of 4. */
  public static FeedTransition transition(int id, boolean terminated, boolean truncated) {
    return transition(id, page(id), page(id + 1), terminated, truncated);
  }

  public static FeedTransition transition(
      int id, FeedObservation page, FeedObservation next, boolean terminated, boolean truncated) {
    boolean clicked = id % 2 == 0;
    List<PositionFeedback> positions = List.of(
        new PositionFeedback(0, 1, page.item(1), page.topic(1), 2.5, true, clicked, id % 4 == 0, clicked ? 0.1 * id : 0,
            true),
        new PositionFeedback(1, 0, page.item(0), page.topic(0), 0.0, id % 3 == 0, false, false, 0, false));
    Feedback feedback = new Feedback(id % 7, ImmutableList.copyOf(positions), terminated, Double.NaN);
    return new FeedTransition(page, ImmutableIntArray.of(1, 0), id, next, terminated, truncated, feedback);
  }

  public static int id(FeedTransition t) {
    return (int) t.reward();
  }
}
