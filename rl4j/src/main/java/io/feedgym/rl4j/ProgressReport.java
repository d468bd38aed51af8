package io.feedgym.rl4j;

import java.io.PrintStream;
import java.util.Locale;
import org.deeplearning4j.rl4j.learning.IEpochTrainer;
import org.deeplearning4j.rl4j.learning.ILearning;
import org.deeplearning4j.rl4j.learning.listener.TrainingListener;
import org.deeplearning4j.rl4j.util.IDataManager;

/**
 * An RL4J listener that prints a line (steps, elapsed seconds, steps/s, last episode's return) each time
 * training passes another {@code every} steps; RL4J's own progress goes to its logger. Not thread-safe.
 */
final class ProgressReport implements TrainingListener {
  private final String name;
  private final int totalSteps;
  private final int every;
  private final PrintStream out;
  private long start;
  private int nextReport;

  ProgressReport(String name, int totalSteps, int every, PrintStream out) {
    if (every <= 0) {
      throw new IllegalArgumentException("report interval must be positive, found " + every);
    }
    this.name = name;
    this.totalSteps = totalSteps;
    this.every = every;
    this.out = out;
  }

  @Override
  public ListenerResponse onTrainingStart() {
    start = System.nanoTime();
    nextReport = every;
    return ListenerResponse.CONTINUE;
  }

  @Override
  public void onTrainingEnd() {}

  @Override
  public ListenerResponse onNewEpoch(IEpochTrainer trainer) {
    return ListenerResponse.CONTINUE;
  }

  @Override
  public ListenerResponse onEpochTrainingResult(IEpochTrainer trainer, IDataManager.StatEntry statEntry) {
    int steps = trainer.getStepCount();
    if (steps >= nextReport) {
      double seconds = (System.nanoTime() - start) / 1e9;
      out.printf(Locale.ROOT, "%s %d/%d steps, %.0f s, %.1f steps/s, last episode return %.1f%n", name, steps,
          totalSteps, seconds, steps / seconds, statEntry.getReward());
      nextReport = (steps / every + 1) * every;
    }
    return ListenerResponse.CONTINUE;
  }

  @Override
  @SuppressWarnings("rawtypes") // RL4J's TrainingListener declares the raw type
  public ListenerResponse onTrainingProgress(ILearning learning) {
    return ListenerResponse.CONTINUE;
  }
}
