package io.feedgym.runner;

import com.google.common.collect.ImmutableMap;
import java.util.Objects;

/**
 * The statistics of evaluation episodes: mean, sample standard deviation and standard error of the
 * episodic return, the mean episode length and, where the steps carry them, recommender metrics from
 * the feedback and the mean of each reward term.
 *
 * @param episodes number of episodes, positive
 * @param meanReturn mean undiscounted episodic return
 * @param stdReturn sample standard deviation of the returns (n − 1 denominator; 0 for one episode)
 * @param stderrReturn standard error of the mean return, {@code stdReturn / sqrt(episodes)}
 * @param meanLength mean episode length in steps
 * @param feedback pages, sessions, clicks, purchases and CTR from the steps' Feedback; null when the
 *     steps carry none
 * @param meanRewardTerms the mean over episodes of each reward term's per-episode sum, by term name
 *     (e.g. {@code reward/clicks}); empty when the steps carry no reward breakdown
 */
public record EvalResult(
    int episodes,
    double meanReturn,
    double stdReturn,
    double stderrReturn,
    double meanLength,
    FeedbackMetrics feedback,
    ImmutableMap<String, Double> meanRewardTerms) {

  public EvalResult {
    if (episodes <= 0) {
      throw new IllegalArgumentException("episodes must be positive, found " + episodes);
    }
    if (!(stdReturn >= 0) || !(stderrReturn >= 0)) {
      throw new IllegalArgumentException(
          "std_return and stderr_return must be >= 0, found " + stdReturn + " and " + stderrReturn);
    }
    Objects.requireNonNull(meanRewardTerms, "meanRewardTerms");
  }

  /**
   * The statistics of the given episode returns and lengths (same, positive count), with the episodes'
   * {@code feedback} metrics (nullable) and mean reward terms.
   */
  public static EvalResult of(
      double[] returns, int[] lengths, FeedbackMetrics feedback, ImmutableMap<String, Double> meanRewardTerms) {
    if (returns.length == 0 || returns.length != lengths.length) {
      throw new IllegalArgumentException("returns and lengths must be non-empty and of equal length, found "
          + returns.length + " and " + lengths.length);
    }
    int n = returns.length;
    double sum = 0;
    long totalLength = 0;
    for (int i = 0; i < n; i++) {
      sum += returns[i];
      totalLength += lengths[i];
    }
    double mean = sum / n;
    double squares = 0;
    for (double r : returns) {
      squares += (r - mean) * (r - mean);
    }
    double std = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
    return new EvalResult(n, mean, std, std / Math.sqrt(n), (double) totalLength / n, feedback, meanRewardTerms);
  }
}
