package io.feedgym.env.wrappers;

import io.feedgym.env.Environment;
import io.feedgym.env.Reset;
import io.feedgym.env.Step;

/**
 * Truncates episodes after {@code maxEpisodeSteps} steps, Gymnasium's {@code TimeLimit}: the step that
 * reaches the limit is returned with {@code truncated = true} unless it also terminated. Because it ends
 * episodes the wrapped environment does not know about, it rejects stepping past the end without a
 * reset with an {@link IllegalStateException} itself. Wrap it in {@link RecordEpisodeStatistics} (not
 * the other way round) so truncated episodes are recorded. Not thread-safe.
 */
public final class TimeLimit<O, A> extends Wrapper<O, A> {
  private final int maxEpisodeSteps;
  private int elapsed;
  private boolean running;

  /** Wraps {@code env}; {@code maxEpisodeSteps} must be positive. */
  public TimeLimit(Environment<O, A> env, int maxEpisodeSteps) {
    super(env);
    if (maxEpisodeSteps <= 0) {
      throw new IllegalArgumentException("max_episode_steps must be positive, found " + maxEpisodeSteps);
    }
    this.maxEpisodeSteps = maxEpisodeSteps;
  }

  public int maxEpisodeSteps() {
    return maxEpisodeSteps;
  }

  @Override
  protected Reset<O> onReset(Reset<O> reset) {
    elapsed = 0;
    running = true;
    return reset;
  }

  @Override
  public Step<O> step(A action) {
    if (!running) {
      throw new IllegalStateException(this + ": step() called without an episode running; call reset() first");
    }
    Step<O> step = env.step(action);
    elapsed++;
    if (elapsed >= maxEpisodeSteps && !step.terminated() && !step.truncated()) {
      step = step.withTruncated(true);
    }
    running = !step.done();
    return step;
  }
}
