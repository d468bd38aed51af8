package io.feedgym.cli;

import io.feedgym.runner.EvalResult;

/**
 * The paired comparison of two policies played on the same evaluation episodes: the mean over episodes of
 * (return of the evaluated policy − return of {@code versus}) and its standard error sd(d)/√n. Pairing removes
 * what the two share, the user each episode starts with, so it is usually far tighter than
 * √(se₁² + se₂²). Immutable.
 *
 * @param versus what the evaluated policy was compared with
 * @param versusEval that policy's evaluation on the same episodes
 * @param meanDifference mean of the per-episode differences
 * @param stderr standard error of that mean (0 for one episode)
 * @param z meanDifference / stderr (NaN when stderr is 0)
 */
record PairedDifference(String versus, EvalResult versusEval, double meanDifference, double stderr, double z) {

  /** The comparison of per-episode {@code returns} with {@code versusReturns}, episode by episode. */
  static PairedDifference of(String versus, EvalResult versusEval, double[] returns, double[] versusReturns) {
    int n = returns.length;
    if (n == 0 || versusReturns.length != n) {
      throw new IllegalArgumentException("paired returns must be non-empty and of equal length, found " + n
          + " and " + versusReturns.length);
    }
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += returns[i] - versusReturns[i];
    }
    double mean = sum / n;
    double squares = 0;
    for (int i = 0; i < n; i++) {
      double d = returns[i] - versusReturns[i] - mean;
      squares += d * d;
    }
    double stderr = n > 1 ? Math.sqrt(squares / (n - 1) / n) : 0;
    return new PairedDifference(versus, versusEval, mean, stderr, stderr > 0 ? mean / stderr : Double.NaN);
  }
}
