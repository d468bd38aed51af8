package io.feedgym.rl4j;

import org.deeplearning4j.rl4j.learning.IEpochTrainer;
import org.deeplearning4j.rl4j.learning.ILearning;
import org.deeplearning4j.rl4j.learning.configuration.LearningConfiguration;
import org.deeplearning4j.rl4j.learning.listener.TrainingListener;
import org.deeplearning4j.rl4j.util.IDataManager;

/**
 * An RL4J listener that makes {@code maxStep} an exact budget. RL4J checks {@code maxStep} only between
 * episodes, so a run overshoots by up to one episode; before each episode this listener lowers the
 * configuration's {@code maxEpochStep} to the steps left (never above the time limit it started with), so
 * the last episode is cut at the budget like FeedGym's runner cuts it. Not thread-safe; one listener per
 * learner.
 */
final class StepBudget implements TrainingListener {
  private final LearningConfiguration configuration;
  private final int episodeLimit;

  /** Watches {@code configuration}, the very object the learner reads. */
  StepBudget(LearningConfiguration configuration) {
    this.configuration = configuration;
    this.episodeLimit = configuration.getMaxEpochStep();
  }

  @Override
  public ListenerResponse onTrainingStart() {
    return ListenerResponse.CONTINUE;
  }

  @Override
  public void onTrainingEnd() {
    configuration.setMaxEpochStep(episodeLimit);
  }

  @Override
  public ListenerResponse onNewEpoch(IEpochTrainer trainer) {
    configuration.setMaxEpochStep(Math.min(episodeLimit, configuration.getMaxStep() - trainer.getStepCount()));
    return ListenerResponse.CONTINUE;
  }

  @Override
  public ListenerResponse onEpochTrainingResult(IEpochTrainer trainer, IDataManager.StatEntry statEntry) {
    return ListenerResponse.CONTINUE;
  }

  @Override
  @SuppressWarnings("rawtypes") // RL4J's TrainingListener declares the raw type
  public ListenerResponse onTrainingProgress(ILearning learning) {
    return ListenerResponse.CONTINUE;
  }
}
