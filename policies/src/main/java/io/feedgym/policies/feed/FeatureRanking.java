package io.feedgym.policies.feed;

import io.feedgym.config.Checks;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feed.RankingWeights;
import io.feedgym.policies.Policy;

/**
 * Shows the K available candidates with the highest value of one observable scoring feature, best first,
 * ties to the lower index: the {@link #popularity} and {@link #myopic} baselines. Stateless and thread-safe.
 */
public final class FeatureRanking implements Policy<FeedObservation, int[]> {
  private final int feature;
  private final int slateSize;

  /** Ranks by scoring-feature column {@code feature} (a {@link FeedObservation} feature constant). */
  public FeatureRanking(int feature, int slateSize) {
    if (feature < 0 || feature >= FeedObservation.SCORING_FEATURES) {
      throw new IllegalArgumentException("feature must be a scoring feature column in [0, "
          + FeedObservation.SCORING_FEATURES + "), found " + feature);
    }
    Checks.atLeast("slate_size", slateSize, 1);
    this.feature = feature;
    this.slateSize = slateSize;
  }

  /** The popularity baseline: the candidates with the highest population click rate, the same for every user. */
  public static FeatureRanking popularity(int slateSize) {
    return new FeatureRanking(FeedObservation.POPULARITY, slateSize);
  }

  /**
   * The myopic-greedy baseline, the best immediate expected reward an outside observer can compute: the
   * candidates with the highest predicted CTR, the production model's plug-in estimate p̂ of P(click |
   * examined). The reward is the page's clicks, whose expectation under the position-based model is
   * Σ_k e_k · p(s_k) with examination probabilities e_k decreasing in the position k; by the rearrangement
   * inequality that sum is largest for the K highest p in descending order, so sorting by p̂ maximises the
   * estimated expected clicks. It ignores what the page does to fatigue, satisfaction and leaving.
   */
  public static FeatureRanking myopic(int slateSize) {
    return new FeatureRanking(FeedObservation.PREDICTED_CTR, slateSize);
  }

  @Override
  public int[] act(FeedObservation observation) {
    double[] scores = new double[observation.numCandidates()];
    for (int c = 0; c < scores.length; c++) {
      scores[c] = observation.feature(c, feature);
    }
    return RankingWeights.topK(observation, scores, slateSize);
  }

  /**
   * The {@link RankingWeights} action showing the same slate: 1 on this feature and 0 elsewhere, since
   * standardising a single feature keeps its order and its ties.
   */
  public double[] weights() {
    double[] weights = new double[FeedObservation.SCORING_FEATURES];
    weights[feature] = 1;
    return weights;
  }

  /** This ranking as a policy for the {@code action=weights} form: always {@link #weights()}. */
  public Policy<FeedObservation, double[]> asWeights() {
    return observation -> weights();
  }

  @Override
  public String toString() {
    return "FeatureRanking(" + FeedObservation.SCORING_FEATURE_NAMES.get(feature) + ", k=" + slateSize + ")";
  }
}
