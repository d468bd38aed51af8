package io.feedgym.runner;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The channel from listeners back to the run, handed to listeners in {@link RunListener#onStart}: it
 * announces results a listener produced to every listener, and writes the run's own state into a
 * checkpoint.
 */
public interface RunEvents {

  /** Delivers {@link RunListener#onEvaluation} to every listener of the run, in order. */
  void publishEvaluation(long step, EvalResult result);

  /**
   * Writes what a resumed run needs besides the agent into {@code dir}: the runner's counters, the
   * episode in progress and every listener's {@link RunListener#save}. Consistent only from
   * {@link RunListener#afterStep}.
   */
  void saveRunState(Path dir) throws IOException;
}
