package io.feedgym.runner;

import io.feedgym.env.Environment;
import io.feedgym.env.Reset;
import io.feedgym.env.Step;
import io.feedgym.env.spaces.Discrete;
import io.feedgym.env.spaces.Space;
import java.util.ArrayList;
import java.util.List;

/**
 * A deterministic test environment: episode number {@code k} terminates after {@code 1 + k mod 3} steps,
 * where {@code reset(seed)} sets {@code k = seed} and {@code reset()} increments it. The reward is
 * {@code action + 1}; the observation is the step index within the episode. Records every reset.
 */
final class TinyEnv implements Environment<Integer, Integer> {
  final List<String> resets = new ArrayList<>();
  private long episode;
  private int t;
  private int length;

  @Override
  public Space<Integer> observationSpace() {
    return new Discrete(3);
  }

  @Override
  public Space<Integer> actionSpace() {
    return new Discrete(2);
  }

  @Override
  public Reset<Integer> reset(long seed) {
    resets.add("reset(" + seed + ")");
    episode = seed;
    return start();
  }

  @Override
  public Reset<Integer> reset() {
    resets.add("reset()");
    episode++;
    return start();
  }

  private Reset<Integer> start() {
    t = 0;
    length = 1 + (int) Math.floorMod(episode, 3L);
    return Reset.of(0);
  }

  @Override
  public Step<Integer> step(Integer action) {
    if (t >= length) {
      throw new IllegalStateException("step after the end of the episode");
    }
    t++;
    return Step.of(t % 3, action + 1, t == length, false);
  }

  @Override
  public void close() {}
}
