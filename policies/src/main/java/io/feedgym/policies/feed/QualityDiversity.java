package io.feedgym.policies.feed;

import io.feedgym.config.Checks;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feed.RankingWeights;
import io.feedgym.policies.Policy;
import java.util.Arrays;

/**
 * A hand-made non-myopic reference for the feed: scores each candidate by logit(predicted_ctr) +
 * quality_weight · (rating − 0.5), giving up some clicks now for quality that keeps the user satisfied, and
 * fills the slate greedily by score with at most topic_cap candidates per topic, to spread topic fatigue.
 * When fewer than K available candidates fit under the cap, the rest of the slate is filled by score
 * ignoring it. Stateless and thread-safe.
 */
public final class QualityDiversity implements Policy<FeedObservation, int[]> {
  /** The rating at which the quality bonus is zero, the middle of the quality range [0, 1]. */
  static final double RATING_REFERENCE = 0.5;

  private final QualityDiversityConfig config;
  private final int slateSize;

  public QualityDiversity(QualityDiversityConfig config, int slateSize) {
    Checks.atLeast("slate_size", slateSize, 1);
    this.config = config;
    this.slateSize = slateSize;
  }

  @Override
  public int[] act(FeedObservation observation) {
    int n = observation.numCandidates();
    double[] scores = new double[n];
    int available = 0;
    for (int c = 0; c < n; c++) {
      scores[c] = score(observation, c);
      available += observation.available(c) ? 1 : 0;
    }
    // Every available candidate, best first; topK rejects a page with fewer than K available.
    int[] order = RankingWeights.topK(observation, scores, Math.max(available, slateSize));
    int[] slate = new int[slateSize];
    boolean[] taken = new boolean[n];
    int[] perTopic = new int[Arrays.stream(observation.topics()).max().orElseThrow() + 1];
    int size = 0;
    for (int c : order) {
      if (size < slateSize && perTopic[observation.topic(c)] < config.topicCap()) {
        perTopic[observation.topic(c)]++;
        taken[c] = true;
        slate[size++] = c;
      }
    }
    for (int c : order) {
      if (size < slateSize && !taken[c]) {
        slate[size++] = c;
      }
    }
    return slate;
  }

  /** logit(predicted_ctr) + quality_weight · (rating − 0.5); ±∞ for a predicted CTR of 1 or 0. */
  double score(FeedObservation observation, int candidate) {
    double ctr = observation.feature(candidate, FeedObservation.PREDICTED_CTR);
    double rating = observation.feature(candidate, FeedObservation.RATING);
    return Math.log(ctr) - Math.log1p(-ctr) + config.qualityWeight() * (rating - RATING_REFERENCE);
  }

  @Override
  public String toString() {
    return "QualityDiversity(" + config + ", k=" + slateSize + ")";
  }
}
