package io.feedgym.policies.exploration;

import io.feedgym.config.Checks;
import io.feedgym.random.SplitMix;

/**
 * Independent Gaussian noise N(0, σ² I) in every step, the choice of TD3 (Fujimoto et al. 2018) and of
 * later DDPG implementations over the paper's Ornstein–Uhlenbeck process. Not thread-safe.
 */
public final class GaussianNoise implements ActionNoise {
  private final double sigma;
  private final int dimension;
  private SplitMix random;

  /** Noise of standard deviation {@code sigma} (>= 0) in {@code dimension} coordinates, with its own seeded stream. */
  public GaussianNoise(double sigma, int dimension, long seed) {
    Checks.nonNegative("noise_sigma", sigma);
    Checks.atLeast("action dimension", dimension, 1);
    this.sigma = sigma;
    this.dimension = dimension;
    this.random = new SplitMix(seed);
  }

  @Override
  public double[] sample() {
    double[] noise = new double[dimension];
    for (int i = 0; i < dimension; i++) {
      noise[i] = sigma * random.nextGaussian();
    }
    return noise;
  }

  @Override
  public void reset() {
    // Memoryless: nothing carries over from one step to the next.
  }

  @Override
  public State state() {
    return new State(new double[0], random.state());
  }

  @Override
  public void restore(State state) {
    if (state.process().length != 0) {
      throw new IllegalArgumentException("Gaussian noise has no process values, found " + state.process().length);
    }
    random = SplitMix.restore(state.random());
  }

  @Override
  public String toString() {
    return "GaussianNoise(sigma=" + sigma + ", dimension=" + dimension + ")";
  }
}
