package io.feedgym.env.feed;

import io.feedgym.env.Environment;
import io.feedgym.env.Reset;
import io.feedgym.env.Step;
import io.feedgym.env.spaces.Box;
import io.feedgym.env.spaces.Space;
import io.feedgym.random.SplitMix;
import java.util.Arrays;
import java.util.Optional;

/**
 * The ranking-weight action form of the feed (as in Meituan's feed RL and Virtual-Taobao): the action
 * is a vector w in [-1, 1]^7 over the {@link FeedObservation#SCORING_FEATURE_NAMES scoring features};
 * each feature is standardised over the page's available candidates, candidates are scored by
 * Σ_f w_f · z_f, and the K available candidates with the highest scores are shown in score order (ties
 * to the lower index). The slate shown is in the step info under {@link #SLATE_KEY}. Not thread-safe.
 */
public final class RankingWeights implements Environment<FeedObservation, double[]> {
  /** The info key of the slate that was shown. */
  public static final String SLATE_KEY = "slate";

  private final Feed feed;
  private final Box actionSpace = Box.uniform(-1, 1, FeedObservation.SCORING_FEATURES);
  private FeedObservation observation;

  public RankingWeights(Feed feed) {
    this.feed = feed;
  }

  /** The slate-action feed this wrapper ranks for. */
  public Feed feed() {
    return feed;
  }

  @Override
  public Space<FeedObservation> observationSpace() {
    return feed.observationSpace();
  }

  @Override
  public Box actionSpace() {
    return actionSpace;
  }

  @Override
  public Reset<FeedObservation> reset(long seed) {
    return remember(feed.reset(seed));
  }

  @Override
  public Reset<FeedObservation> reset() {
    return remember(feed.reset());
  }

  private Reset<FeedObservation> remember(Reset<FeedObservation> reset) {
    observation = reset.observation();
    return reset;
  }

  @Override
  public Step<FeedObservation> step(double[] weights) {
    if (observation == null) {
      throw new IllegalStateException("RankingWeights: step() called before reset()");
    }
    validate(weights);
    int[] slate = rank(observation, weights, feed.actionSpace().k());
    Step<FeedObservation> step = feed.step(slate).withInfo(SLATE_KEY, slate);
    observation = step.observation();
    return step;
  }

  private void validate(double[] weights) {
    if (weights == null || weights.length != actionSpace.size()) {
      throw new IllegalArgumentException("RankingWeights: weights must hold " + actionSpace.size() + " values ("
          + String.join(", ", FeedObservation.SCORING_FEATURE_NAMES) + "), found "
          + (weights == null ? "null" : weights.length + " values"));
    }
    for (int f = 0; f < weights.length; f++) {
      if (!(weights[f] >= -1 && weights[f] <= 1)) {
        throw new IllegalArgumentException("RankingWeights: weight " + f + " ("
            + FeedObservation.SCORING_FEATURE_NAMES.get(f) + ") must be in [-1, 1], found " + weights[f]);
      }
    }
  }

  /**
   * The K available candidates of {@code observation} with the highest weighted standardised scoring
   * features, best first; {@code weights} has one entry per scoring feature.
   */
  public static int[] rank(FeedObservation observation, double[] weights, int k) {
    int n = observation.numCandidates();
    double[] scores = new double[n];
    for (int f = 0; f < weights.length; f++) {
      if (weights[f] == 0) {
        continue;
      }
      double sum = 0;
      double squares = 0;
      int count = 0;
      for (int c = 0; c < n; c++) {
        if (observation.available(c)) {
          double x = observation.feature(c, f);
          sum += x;
          squares += x * x;
          count++;
        }
      }
      double mean = sum / count;
      double variance = Math.max(0, squares / count - mean * mean);
      if (variance == 0) {
        continue;
      }
      double scale = weights[f] / Math.sqrt(variance);
      for (int c = 0; c < n; c++) {
        scores[c] += scale * (observation.feature(c, f) - mean);
      }
    }
    return topK(observation, scores, k);
  }

  /** The K available candidates with the highest {@code scores}, best first, ties to the lower index. */
  public static int[] topK(FeedObservation observation, double[] scores, int k) {
    int[] best = new int[k];
    int size = 0;
    for (int c = 0; c < scores.length; c++) {
      if (!observation.available(c) || (size == k && scores[c] <= scores[best[k - 1]])) {
        continue;
      }
      int position = Math.min(size, k - 1);
      while (position > 0 && scores[best[position - 1]] < scores[c]) {
        best[position] = best[position - 1];
        position--;
      }
      best[position] = c;
      size = Math.min(size + 1, k);
    }
    if (size < k) {
      throw new IllegalArgumentException("only " + size + " available candidates, fewer than k=" + k
          + ": " + Arrays.toString(observation.mask()));
    }
    return best;
  }

  @Override
  public Optional<SplitMix.State> randomState() {
    return feed.randomState();
  }

  @Override
  public void restoreRandomState(SplitMix.State state) {
    feed.restoreRandomState(state);
  }

  @Override
  public void close() {
    feed.close();
  }

  @Override
  public String toString() {
    return "RankingWeights<" + feed + ">";
  }
}
