package io.feedgym.rewards.testkit;

import io.feedgym.env.feedback.Feedback;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates a seeded sample of valid, varied {@link Feedback}: page sizes 0 to 10, topics 0 to 4,
 * prices 0 to 100, dwell 0 to 60 on clicks, sometimes leaving with an unknown, finite or infinite
 * return gap. The same seed gives the same sample.
 */
public final class RandomFeedback {
  private RandomFeedback() {}

  /** {@code count} feedbacks drawn from {@code seed}. */
  public static List<Feedback> sample(long seed, int count) {
    if (count <= 0) {
      throw new IllegalArgumentException("count must be positive, found " + count);
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<Feedback> out = new ArrayList<>(count);
    for (int n = 0; n < count; n++) {
      out.add(next(random));
    }
    return out;
  }

  private static Feedback next(SplittableRandom random) {
    int size = random.nextInt(11);
    FeedbackBuilder builder = FeedbackBuilder.feedback(size).page(random.nextInt(20));
    for (int i = 0; i < size; i++) {
      builder.topicAt(i, random.nextInt(5)).priceAt(i, random.nextInt(101));
      if (random.nextDouble() < 0.5) {
        builder.novelAt(i);
      }
      double u = random.nextDouble();
      if (u < 0.1) {
        builder.purchaseAt(i);
      }
      if (u < 0.3) {
        builder.dwellAt(i, 60 * random.nextDouble());
      } else if (u < 0.6) {
        builder.examinedAt(i);
      }
    }
    if (random.nextDouble() < 0.3) {
      builder.left();
      double g = random.nextDouble();
      if (g < 0.3) {
        builder.returnGap(Double.POSITIVE_INFINITY);
      } else if (g < 0.8) {
        builder.returnGap(30 * random.nextDouble());
      }
    }
    return builder.build();
  }
}
