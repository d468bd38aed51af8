package io.feedgym.runner;

/**
 * The statistics of evaluation episodes: mean, sample standard deviation and standard error of the
 * episodic return, and the mean episode length.
 *
 * @param episodes number of episodes, positive
 * @param meanReturn mean undiscounted episodic return
 * @param stdReturn sample standard deviation of the returns (n − 1 denominator; 0 for one episode)
 * @param stderrReturn standard error of the mean return, {@code stdReturn / sqrt(episodes)}
 * @param meanLength mean episode length in steps
 */
public record EvalResult(int episodes, double meanReturn, double stdReturn, double stderrReturn, double meanLength) {

  public EvalResult {
    if (episodes <= 0) {
      throw new IllegalArgumentException("episodes must be positive, found " + episodes);
    }
    if (!(stdReturn >= 0) || !(stderrReturn >= 0)) {
      throw new IllegalArgumentException(
          "std_return and stderr_return must be >= 0, found " + stdReturn + " and " + stderrReturn);
    }
  }

  /** The statistics of the given episode returns and lengths (same, positive count). */
  public static EvalResult of(double[] returns, int[] lengths) {
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
    return new EvalResult(n, mean, std, std / Math.sqrt(n), (double) totalLength / n);
  }
}
