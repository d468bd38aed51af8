package io.feedgym.runner;

import io.feedgym.env.Environment;
import io.feedgym.policies.Agent;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Evaluates the agent's greedy policy on a separate environment every {@code every} steps and at the
 * end of the run, with an {@link Evaluator}'s fixed seeds, and publishes each result to all listeners
 * ({@code charts/eval_return}). The final evaluation is the run's result. Place it first among the
 * listeners so the final evaluation reaches the others before they finish.
 */
public final class Evaluation<O, A> implements RunListener {
  private final Agent<O, A> agent;
  private final Environment<O, A> env;
  private final Evaluator evaluator;
  private final long every;
  private RunEvents events;
  private long lastStep = -1;
  private EvalResult last;

  /**
   * Evaluates {@code agent} on {@code env} (not the training environment; the caller closes it) every
   * {@code every} steps ({@code 0} = only at the end, else positive).
   */
  public Evaluation(Agent<O, A> agent, Environment<O, A> env, Evaluator evaluator, long every) {
    if (every < 0) {
      throw new IllegalArgumentException("eval every must be >= 0 steps (0 = only at the end), found " + every);
    }
    this.agent = Objects.requireNonNull(agent, "agent");
    this.env = Objects.requireNonNull(env, "env");
    this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
    this.every = every;
  }

  @Override
  public void onStart(RunInfo info, RunEvents events) {
    this.events = events;
  }

  @Override
  public void onStep(long step, Map<String, Double> updateMetrics) {
    if (every > 0 && step % every == 0) {
      evaluate(step);
    }
  }

  @Override
  public void onEnd(RunResult result) {
    if (lastStep != result.steps()) {
      evaluate(result.steps());
    }
  }

  /** The most recent evaluation; after the run, the final one. Empty before the first evaluation. */
  public Optional<EvalResult> last() {
    return Optional.ofNullable(last);
  }

  private void evaluate(long step) {
    last = evaluator.evaluate(env, agent.greedy());
    lastStep = step;
    events.publishEvaluation(step, last);
  }
}
