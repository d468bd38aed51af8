package io.feedgym.env.wrappers;

/**
 * The summary of one finished episode, published by {@link RecordEpisodeStatistics} in the info of the
 * episode's final step under {@link RecordEpisodeStatistics#INFO_KEY}.
 *
 * @param episodeReturn the undiscounted sum of the episode's rewards
 * @param length the number of steps of the episode, positive
 * @param seconds wall-clock time from the reset to the final step, non-negative
 */
public record EpisodeStatistics(double episodeReturn, int length, double seconds) {

  public EpisodeStatistics {
    if (length <= 0) {
      throw new IllegalArgumentException("length must be positive, found " + length);
    }
    if (!(seconds >= 0) || !Double.isFinite(seconds)) {
      throw new IllegalArgumentException("seconds must be a finite number >= 0, found " + seconds);
    }
  }
}
