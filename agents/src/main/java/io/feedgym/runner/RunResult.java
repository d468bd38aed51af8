package io.feedgym.runner;

/**
 * How a run ended: the environment steps taken, the episodes finished, whether a listener stopped it
 * before the planned steps, its wall-clock duration and, for a resumed run, the step it resumed from.
 *
 * @param steps environment steps taken in all, >= 0
 * @param episodes episodes finished (terminated or truncated), >= 0
 * @param stoppedEarly true when a listener asked the run to stop before the planned steps
 * @param wallSeconds wall-clock seconds of the step loop, including the listener calls within it but not
 *     {@code onStart} or {@code onEnd}, >= 0
 * @param resumedFrom the step of the checkpoint this run resumed from, 0 for a run from scratch, at most
 *     {@code steps}
 */
public record RunResult(long steps, long episodes, boolean stoppedEarly, double wallSeconds, long resumedFrom) {

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
    if (resumedFrom < 0 || resumedFrom > steps) {
      throw new IllegalArgumentException("resumed_from must be in [0, steps=" + steps + "], found " + resumedFrom);
    }
  }

  /** A run from scratch. */
  public RunResult(long steps, long episodes, boolean stoppedEarly, double wallSeconds) {
    this(steps, episodes, stoppedEarly, wallSeconds, 0);
  }

  /** Environment steps taken by this run (after {@code resumedFrom}) per wall-clock second; 0 when no time was measured. */
  public double stepsPerSecond() {
    return wallSeconds > 0 ? (steps - resumedFrom) / wallSeconds : 0;
  }
}
