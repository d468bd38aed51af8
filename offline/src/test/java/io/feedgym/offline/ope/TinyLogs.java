package io.feedgym.offline.ope;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableDoubleArray;
import com.google.common.primitives.ImmutableIntArray;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feedback.Feedback;
import io.feedgym.env.feedback.PositionFeedback;
import io.feedgym.offline.LoggedPage;
import io.feedgym.offline.LoggedSession;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** Hand-made logs for the estimator tests: pages of m candidates whose features are all zero unless given. */
final class TinyLogs {
  private TinyLogs() {}

  /** A page of {@code m} available candidates with one feature per candidate ({@code features[c]}). */
  static FeedObservation observation(double[] features) {
    int m = features.length;
    int width = FeedObservation.EMBEDDING;
    double[] rows = new double[m * width];
    int[] items = new int[m];
    boolean[] mask = new boolean[m];
    for (int c = 0; c < m; c++) {
      rows[c * width + FeedObservation.PREDICTED_CTR] = features[c];
      items[c] = 100 + c;
      mask[c] = true;
    }
    return FeedObservation.of(new double[] {0}, new double[] {0}, rows, new int[m], items, mask);
  }

  /** A page of m all-zero candidates. */
  static FeedObservation observation(int m) {
    return observation(new double[m]);
  }

  /** Page {@code index} showing {@code slate} of {@code observation} with the logging propensities and clicks. */
  static LoggedPage page(int index, FeedObservation observation, int[] slate, double[] propensities,
      boolean[] clicks) {
    List<PositionFeedback> positions = new ArrayList<>();
    for (int k = 0; k < slate.length; k++) {
      positions.add(new PositionFeedback(k, slate[k], observation.item(slate[k]), 0, 0, clicks[k], clicks[k], false,
          0, true));
    }
    return new LoggedPage(1, "", observation, ImmutableIntArray.copyOf(slate), Feedback.of(index, positions, false),
        ImmutableDoubleArray.copyOf(propensities), OptionalDouble.empty());
  }

  /** A session of the given pages. */
  static LoggedSession session(long id, LoggedPage... pages) {
    return new LoggedSession(id, "u" + id, ImmutableList.copyOf(pages));
  }

  /** A one-page, one-slot session over m zero candidates. */
  static LoggedSession single(long id, int m, int item, double propensity, boolean click) {
    return session(id, page(0, observation(m), new int[] {item}, new double[] {propensity}, new boolean[] {click}));
  }

  /** The deterministic target that always shows {@code slate}. */
  static SlatePolicy always(int... slate) {
    return new DeterministicSlates("always", page -> slate.clone());
  }
}
