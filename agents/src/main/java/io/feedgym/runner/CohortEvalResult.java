package io.feedgym.runner;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.Doubles;
import java.util.Arrays;

/**
 * The result of {@link CohortEvaluator}: per measure, the mean over held-out cohorts of the per-cohort mean
 * return and its standard error across cohorts.
 *
 * @param cohorts held-out cohorts
 * @param trialsPerCohort trials per cohort
 * @param firstPages pages counted by {@code firstPagesReturn}
 * @param firstSessions sessions counted by {@code firstSessionsReturn}
 * @param firstPagesReturn the return over a trial's first {@code firstPages} pages
 * @param firstSessionsReturn the return over a trial's first {@code firstSessions} sessions
 * @param trialReturn the return over the whole trial
 */
public record CohortEvalResult(
    int cohorts,
    int trialsPerCohort,
    int firstPages,
    int firstSessions,
    Estimate firstPagesReturn,
    Estimate firstSessionsReturn,
    Estimate trialReturn) {

  /**
   * A mean over cohorts with its standard error (sample standard deviation of the per-cohort means over
   * √cohorts, 0 for one cohort) and the per-cohort means, for paired comparisons of policies evaluated on
   * the same cohorts and trials.
   */
  public record Estimate(double mean, double stderr, ImmutableList<Double> perCohort) {

    /** The estimate from the per-cohort means {@code values}. */
    public static Estimate of(double[] values) {
      double mean = Arrays.stream(values).average().orElseThrow();
      double squares = Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum();
      int n = values.length;
      return new Estimate(mean, n > 1 ? Math.sqrt(squares / (n - 1) / n) : 0,
          ImmutableList.copyOf(Doubles.asList(values)));
    }
  }
}
