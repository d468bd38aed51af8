package io.feedgym.agents.ppo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.random.RandomGenerator;

/**
 * PPO's action-distribution part: reads the actor's outputs for one observation ({@code params}: rows ×
 * {@link #outputs()} values, row-major) with the rows' availability, samples actions, stores them as floats,
 * and gives log-probabilities, entropies and their gradients with respect to {@code params}. A head may own
 * parameters of its own (a Gaussian's log σ), trained with the networks; the defaults are for heads without.
 * Not thread-safe.
 *
 * @param <A> the environment's action type
 */
interface ActionHead<A> {

  /** Actor outputs per row. */
  int outputs();

  /** Floats a stored action takes. */
  int actionSize();

  /** Samples an action with {@code random}, writes its stored form into {@code stored}, returns the env action. */
  A sample(double[] params, boolean[] mask, RandomGenerator random, float[] stored);

  /** The most probable action (the evaluation policy). */
  A greedy(double[] params, boolean[] mask);

  /** log π(stored action). */
  double logProb(double[] params, boolean[] mask, float[] stored);

  /** The policy's entropy (or the documented estimate of it) at {@code params}; {@code stored} is the taken action. */
  double entropy(double[] params, boolean[] mask, float[] stored);

  /**
   * Adds {@code dLogProb} · ∂log π/∂params + {@code dEntropy} · ∂entropy/∂params into {@code gradient}, and
   * the same derivatives with respect to the head's own parameters into the head's gradient.
   */
  void addGradient(double[] params, boolean[] mask, float[] stored, double dLogProb, double dEntropy,
      double[] gradient);

  /** The squared norm of the head's own accumulated gradient (for global-norm clipping). */
  default double gradientSquaredNorm() {
    return 0;
  }

  /** Applies an Adam step of {@code learningRate} to the head's own parameters with its gradient × {@code scale}, then zeroes it. */
  default void step(double scale, double learningRate, long iteration) {}

  /** Saves the head's own parameters and optimizer state into checkpoint directory {@code dir}. */
  default void save(Path dir) throws IOException {}

  /** Restores what {@link #save} wrote. */
  default void load(Path dir) throws IOException {}
}
