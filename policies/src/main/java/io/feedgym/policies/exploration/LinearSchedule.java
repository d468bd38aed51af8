package io.feedgym.policies.exploration;

/**
 * A value that moves linearly from {@code start} to {@code end} over {@code duration} steps and stays
 * at {@code end} afterwards (CleanRL's {@code linear_schedule}).
 */
public record LinearSchedule(double start, double end, long duration) {

  public LinearSchedule {
    if (!Double.isFinite(start) || !Double.isFinite(end)) {
      throw new IllegalArgumentException("schedule bounds must be finite, found start=" + start + " end=" + end);
    }
    if (duration <= 0) {
      throw new IllegalArgumentException("schedule duration must be positive, found " + duration);
    }
  }

  /** The value after {@code step} steps. */
  public double valueAt(long step) {
    if (step < 0) {
      throw new IllegalArgumentException("step must be >= 0, found " + step);
    }
    double slope = (end - start) / duration;
    return step >= duration ? end : start + slope * step;
  }
}
