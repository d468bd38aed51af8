package io.feedgym.runner;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Observes a {@link Runner}: evaluation, checkpointing, metrics files, plots and progress are
 * listeners. Every method does nothing by default. The runner calls listeners in the order it was
 * given them, so a listener that publishes events (like {@link Evaluation}) goes before those that
 * consume them. Checked I/O failures are rethrown as {@link java.io.UncheckedIOException}.
 */
public interface RunListener {

  /** The run starts; {@code events} lets this listener publish results to all listeners. */
  default void onStart(RunInfo info, RunEvents events) {}

  /**
   * Environment step {@code step} (counting from 1) was taken and observed by the agent;
   * {@code updateMetrics} are what the agent's updates at this step reported (often empty).
   */
  default void onStep(long step, Map<String, Double> updateMetrics) {}

  /** An episode ended (terminated or truncated) at {@code step}; called after {@link #onStep} of that step. */
  default void onEpisode(long step, double episodicReturn, int length) {}

  /**
   * The episode that ended at {@code step} carried reward terms (a {@code RewardBreakdown} in its steps'
   * info, as {@code ComputeReward} publishes): {@code sums} holds each term's sum over the episode, by
   * name (e.g. {@code reward/clicks}). Called right after {@link #onEpisode}, for such episodes only.
   */
  default void onRewardTerms(long step, ImmutableMap<String, Double> sums) {}

  /**
   * Step {@code step} is fully processed (episode ended and the next one started, if so): the point where
   * the run's state is consistent, e.g. for checkpoints.
   */
  default void afterStep(long step) {}

  /** A checkpoint of {@code step} is being written into {@code dir}: save what a resumed run needs. */
  default void save(Path dir, long step) throws IOException {}

  /**
   * The run resumes from the checkpoint {@code dir} of step {@code step}: restore what {@link #save}
   * wrote. Called before {@link #onStart}.
   */
  default void restore(Path dir, long step) throws IOException {}

  /** A listener published an evaluation of the agent's greedy policy made at {@code step}. */
  default void onEvaluation(long step, EvalResult result) {}

  /** The run ended, after the planned steps or an early stop. */
  default void onEnd(RunResult result) {}

  /** Asked after every step; returning true ends the run after this step. */
  default boolean stopRequested() {
    return false;
  }
}
