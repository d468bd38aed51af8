package io.feedgym.env.testing;

import io.feedgym.env.Environment;
import io.feedgym.env.Reset;
import io.feedgym.env.Step;
import io.feedgym.env.spaces.Discrete;
import io.feedgym.env.spaces.MultiDiscrete;
import io.feedgym.env.spaces.Space;
import java.util.Map;

/**
 * A deterministic environment whose trajectories are computed by hand: the observation is
 * {@code [t, start]} where {@code t} counts the steps of the episode and {@code start} is
 * {@code seed mod 10} after {@code reset(seed)} and the previous start plus one (mod 10) after
 * {@code reset()}. The reward is the action (0 or 1); the episode terminates at {@code t = episodeLength}.
 * Reset info holds {@code "start"}, step info holds {@code "t"}.
 */
public final class CountingEnv implements Environment<int[], Integer> {
  private static final MultiDiscrete OBSERVATION_SPACE = new MultiDiscrete(100, 10);
  private static final Discrete ACTION_SPACE = new Discrete(2);

  private final int episodeLength;
  private int start;
  private int t;
  private boolean running;

  /** An env whose episodes last {@code episodeLength} steps, in [1, 99]. */
  public CountingEnv(int episodeLength) {
    if (episodeLength < 1 || episodeLength > 99) {
      throw new IllegalArgumentException("episode_length must be in [1, 99], found " + episodeLength);
    }
    this.episodeLength = episodeLength;
  }

  @Override
  public Space<int[]> observationSpace() {
    return OBSERVATION_SPACE;
  }

  @Override
  public Space<Integer> actionSpace() {
    return ACTION_SPACE;
  }

  @Override
  public Reset<int[]> reset(long seed) {
    start = (int) Math.floorMod(seed, 10L);
    return begin();
  }

  @Override
  public Reset<int[]> reset() {
    start = (start + 1) % 10;
    return begin();
  }

  private Reset<int[]> begin() {
    t = 0;
    running = true;
    return Reset.of(new int[] {0, start}, Map.of("start", start));
  }

  @Override
  public Step<int[]> step(Integer action) {
    if (!running) {
      throw new IllegalStateException("CountingEnv: step() called without an episode running; call reset() first");
    }
    if (!ACTION_SPACE.contains(action)) {
      throw new IllegalArgumentException("CountingEnv: action " + action + " is not in " + ACTION_SPACE);
    }
    t++;
    boolean terminated = t == episodeLength;
    running = !terminated;
    return Step.of(new int[] {t, start}, action, terminated, false, Map.of("t", t));
  }

  @Override
  public void close() {
    running = false;
  }

  @Override
  public String toString() {
    return "CountingEnv(episodeLength=" + episodeLength + ")";
  }
}
