package io.feedgym.runner;

/**
 * The channel through which a listener announces results it produced to every listener of the run;
 * handed to listeners in {@link RunListener#onStart}.
 */
@FunctionalInterface
public interface RunEvents {

  /** Delivers {@link RunListener#onEvaluation} to every listener of the run, in order. */
  void publishEvaluation(long step, EvalResult result);
}
