package io.feedgym.runner;

/**
 * Training stopped because a reward or an update metric (a loss) became NaN or infinite; the message
 * names the step, the value and the last finite values. Nothing is saved after it.
 */
public final class TrainingDivergedException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** A divergence described by {@code message}. */
  public TrainingDivergedException(String message) {
    super(message);
  }
}
