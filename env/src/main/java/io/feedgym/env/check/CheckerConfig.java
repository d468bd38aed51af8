package io.feedgym.env.check;

/**
 * Settings of {@link EnvChecker}.
 *
 * @param seed the environment seed of the checks; the action sampler is seeded with it too
 * @param episodes the number of episodes of the step and determinism checks, positive
 * @param maxEpisodeSteps the most steps taken in one checked episode, positive
 */
public record CheckerConfig(long seed, int episodes, int maxEpisodeSteps) {

  public CheckerConfig {
    if (episodes <= 0) {
      throw new IllegalArgumentException("episodes must be positive, found " + episodes);
    }
    if (maxEpisodeSteps <= 0) {
      throw new IllegalArgumentException("max_episode_steps must be positive, found " + maxEpisodeSteps);
    }
  }

  /** Seed 0, 3 episodes of at most 1000 steps. */
  public static CheckerConfig defaults() {
    return new CheckerConfig(0L, 3, 1000);
  }

  public CheckerConfig withSeed(long value) {
    return new CheckerConfig(value, episodes, maxEpisodeSteps);
  }

  public CheckerConfig withEpisodes(int value) {
    return new CheckerConfig(seed, value, maxEpisodeSteps);
  }

  public CheckerConfig withMaxEpisodeSteps(int value) {
    return new CheckerConfig(seed, episodes, value);
  }
}
