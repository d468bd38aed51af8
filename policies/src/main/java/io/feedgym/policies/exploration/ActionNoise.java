package io.feedgym.policies.exploration;

import io.feedgym.random.SplitMix;

/**
 * Exploration noise for continuous actions, added to a deterministic policy's action ({@link NoisyActions}).
 * A process may carry state from step to step ({@link OrnsteinUhlenbeckNoise}); {@link #reset()} starts it
 * afresh at an episode's start. {@link #state()} and {@link #restore} let a resumed run draw exactly what an
 * uninterrupted one would. Not thread-safe.
 */
public interface ActionNoise {

  /** The next noise vector; the returned array is the caller's. */
  double[] sample();

  /** Restarts the process at an episode's start (no effect for memoryless noise). */
  void reset();

  /** The process values and the random stream's position, for checkpoints. */
  State state();

  /** Continues from {@code state}, taken from a noise of the same kind and dimension. */
  void restore(State state);

  /**
   * A noise process's saved state.
   *
   * @param process the current process values x (empty for memoryless noise); the record keeps a copy
   * @param random the position of the noise's random stream
   */
  record State(double[] process, SplitMix.State random) {
    public State {
      process = process.clone();
      java.util.Objects.requireNonNull(random, "random");
    }

    @Override
    public double[] process() {
      return process.clone();
    }
  }
}
