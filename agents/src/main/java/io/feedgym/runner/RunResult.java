package io.feedgym.runner;

/**
 * How a run ended: the environment steps taken, the episodes finished, whether a listener stopped it
 * before the planned steps, and its wall-clock duration.
 *
 * @param steps environment steps taken, >= 0
 * @param episodes episodes finished (terminated or truncated), >= 0
 * @param stoppedEarly true when a listener asked the run to stop before the planned steps
 * @param wallSeconds wall-clock seconds of the step loop, including the listener calls within it but not
 *     {@code onStart} or {@code onEnd}, >= 0
 */
public record RunResult(long steps, long episodes, boolean stoppedEarly, double wallSeconds) {

  public RunResult {
    if (steps < 0) {
      throw new IllegalArgumentException("steps must be >= 0, found " + steps);
    }
    if (episodes < 0) {
      throw new IllegalArgumentException("episodes must be >= 0, found " + episodes);
    }
    if (!(wallSeconds >= 0) || !Double.isFinite(wallSeconds)) {
      throw new IllegalArgumentException("wall_seconds must be a finite number >= 0, found " + wallSeconds);
    }
  }

  /** Environment steps per wall-clock second; 0 when no time was measured. */
  public double stepsPerSecond() {
    return wallSeconds > 0 ? steps / wallSeconds : 0;
  }
}
