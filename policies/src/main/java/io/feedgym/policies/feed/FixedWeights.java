package io.feedgym.policies.feed;

import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feed.RankingWeights;
import io.feedgym.policies.Policy;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The same ranking-weight vector w ∈ [-1, 1]^7 on every page ({@link RankingWeights}): a non-adaptive ranking
 * policy, such as the best one a search finds. Immutable and thread-safe.
 */
public final class FixedWeights implements Policy<FeedObservation, double[]> {
  private final double[] weights;

  /** Always acts with {@code weights}, one per scoring feature, each in [-1, 1]. */
  public FixedWeights(double[] weights) {
    if (weights.length != FeedObservation.SCORING_FEATURES) {
      throw new IllegalArgumentException("weights must hold " + FeedObservation.SCORING_FEATURES + " values, found "
          + weights.length);
    }
    for (int f = 0; f < weights.length; f++) {
      if (!(weights[f] >= -1 && weights[f] <= 1)) {
        throw new IllegalArgumentException("weight " + FeedObservation.SCORING_FEATURE_NAMES.get(f)
            + " must be in [-1, 1], found " + weights[f]);
      }
    }
    this.weights = weights.clone();
  }

  /** The weight vector (a copy). */
  public double[] weights() {
    return weights.clone();
  }

  @Override
  public double[] act(FeedObservation observation) {
    return weights.clone();
  }

  @Override
  public String toString() {
    return IntStream.range(0, weights.length)
        .mapToObj(f -> String.format(Locale.ROOT, "%s=%.3f", FeedObservation.SCORING_FEATURE_NAMES.get(f), weights[f]))
        .collect(Collectors.joining(", ", "FixedWeights(", ")"));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FixedWeights other && Arrays.equals(weights, other.weights);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(weights);
  }
}
