package io.feedgym.rl4j;

import java.util.Arrays;
import java.util.Locale;

/**
 * One side of {@link Rl4jComparison}: training cost and the final greedy return.
 *
 * @param id {@code feedgym} or {@code rl4j}
 * @param description the learner and its DL4J version
 * @param steps environment steps trained
 * @param wallSeconds wall-clock seconds of the training loop (no JVM start, no evaluation)
 * @param stepsPerSecond {@code steps / wallSeconds}
 * @param meanReturn mean undiscounted return of the greedy policy over the evaluation episodes
 * @param stdReturn sample standard deviation (n − 1) of those returns, as FeedGym's evaluator reports it
 * @param evalEpisodes evaluation episodes
 */
record ComparisonRow(
    String id,
    String description,
    long steps,
    double wallSeconds,
    double stepsPerSecond,
    double meanReturn,
    double stdReturn,
    int evalEpisodes) {

  ComparisonRow {
    if (steps <= 0 || !(wallSeconds > 0) || evalEpisodes <= 0) {
      throw new IllegalArgumentException("steps, wall seconds and eval episodes must be positive, found "
          + steps + ", " + wallSeconds + ", " + evalEpisodes);
    }
  }

  /** A row whose steps/s and return statistics are computed from the raw figures. */
  static ComparisonRow of(String id, String description, long steps, double wallSeconds, double[] returns) {
    double mean = Arrays.stream(returns).average().orElseThrow();
    double squares = Arrays.stream(returns).map(r -> (r - mean) * (r - mean)).sum();
    double std = returns.length > 1 ? Math.sqrt(squares / (returns.length - 1)) : 0;
    return new ComparisonRow(id, description, steps, wallSeconds, steps / wallSeconds, mean, std,
        returns.length);
  }

  /** One aligned line of the printed table. */
  String line() {
    return String.format(Locale.ROOT, "%-48s %8d %9.1f %9.1f %8.1f ± %.1f", description, steps, wallSeconds,
        stepsPerSecond, meanReturn, stdReturn);
  }

  /** The header matching {@link #line()}. */
  static String header(int evalEpisodes) {
    return String.format(Locale.ROOT, "%-48s %8s %9s %9s   %s", "learner", "steps", "wall s", "steps/s",
        "greedy return (" + evalEpisodes + " episodes, mean ± std)");
  }
}
