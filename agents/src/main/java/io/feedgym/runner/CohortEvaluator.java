package io.feedgym.runner;

import io.feedgym.env.Environment;
import io.feedgym.env.Step;
import io.feedgym.env.feedback.Feedback;
import io.feedgym.policies.Policy;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The held-out-cohort evaluation protocol of meta-RL on {@code feed-cohorts-v0} (docs/agents/meta-ppo.md):
 * a policy plays {@code trialsPerCohort} trials of each of {@code cohorts} held-out cohorts, trial j of
 * cohort i from {@code reset(seed + i · trialsPerCohort + j)}, and the return over the first
 * {@code firstPages} pages, over the first {@code firstSessions} sessions and over the whole trial is averaged
 * per cohort; the result is the mean over cohorts and its standard error across cohorts. Stateless; the
 * environments and policies it is given are not thread-safe.
 *
 * @param cohorts held-out cohorts, positive
 * @param trialsPerCohort trials per cohort, positive
 * @param firstPages pages counted from a trial's start, positive
 * @param firstSessions sessions counted from a trial's start, positive
 * @param seed the reset seed of the first trial of the first cohort
 */
public record CohortEvaluator(int cohorts, int trialsPerCohort, int firstPages, int firstSessions, long seed) {

  public CohortEvaluator {
    positive("heldout cohorts", cohorts);
    positive("trials per cohort", trialsPerCohort);
    positive("first pages", firstPages);
    positive("first sessions", firstSessions);
  }

  private static void positive(String name, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, found " + value);
    }
  }

  /**
   * Evaluates on the environment of each cohort ({@code cohortEnv.apply(i)}, closed afterwards) the policy
   * {@code policy} builds for it; a stateful policy must reset itself at a trial's first observation.
   */
  public <O, A> CohortEvalResult evaluate(
      IntFunction<Environment<O, A>> cohortEnv, Function<Environment<O, A>, Policy<O, A>> policy) {
    double[][] means = new double[3][cohorts];
    for (int i = 0; i < cohorts; i++) {
      try (Environment<O, A> env = cohortEnv.apply(i)) {
        Policy<O, A> actor = policy.apply(env);
        for (int j = 0; j < trialsPerCohort; j++) {
          double[] returns = trial(env, actor, seed + (long) i * trialsPerCohort + j);
          for (int m = 0; m < returns.length; m++) {
            means[m][i] += returns[m] / trialsPerCohort;
          }
        }
      }
    }
    return new CohortEvalResult(cohorts, trialsPerCohort, firstPages, firstSessions,
        CohortEvalResult.Estimate.of(means[0]), CohortEvalResult.Estimate.of(means[1]),
        CohortEvalResult.Estimate.of(means[2]));
  }

  /** One trial: the return over the first pages, over the first sessions and over the whole trial. */
  private <O, A> double[] trial(Environment<O, A> env, Policy<O, A> policy, long trialSeed) {
    O observation = env.reset(trialSeed).observation();
    double[] returns = new double[3];
    int pages = 0;
    int sessions = 0;
    Step<O> step;
    do {
      step = env.step(policy.act(observation));
      if (pages < firstPages) {
        returns[0] += step.reward();
      }
      if (sessions < firstSessions) {
        returns[1] += step.reward();
      }
      returns[2] += step.reward();
      pages++;
      if (step.info().get(Feedback.INFO_KEY) instanceof Feedback feedback && feedback.left()) {
        sessions++;
      }
      observation = step.observation();
    } while (!step.done());
    return returns;
  }
}
