package io.feedgym.policies.exploration;

import io.feedgym.config.Checks;
import io.feedgym.random.SplitMix;
import java.util.Arrays;

/**
 * Temporally correlated exploration noise, the Ornstein–Uhlenbeck process of the DDPG paper (Lillicrap et
 * al. 2016, Sec. 7: θ = 0.15, σ = 0.2), discretised by Euler–Maruyama as in OpenAI Baselines'
 * {@code OrnsteinUhlenbeckActionNoise}: x ← x + θ (μ − x) dt + σ √dt ε, ε ~ N(0, I), with μ = 0. Each
 * {@link #sample()} advances x and returns it; {@link #reset()} sets x = μ (Baselines' default start). The
 * stationary law is N(μ, σ² / (2θ)) per coordinate for small dt, and successive samples have
 * autocorrelation (1 − θ dt). Not thread-safe.
 */
public final class OrnsteinUhlenbeckNoise implements ActionNoise {
  /** The paper's mean-reversion rate θ. */
  public static final double THETA = 0.15;
  /** The paper's volatility σ. */
  public static final double SIGMA = 0.2;
  /** OpenAI Baselines' time step. */
  public static final double DT = 1e-2;

  private final double theta;
  private final double sigma;
  private final double dt;
  private final double[] x;
  private SplitMix random;

  /** The process in {@code dimension} coordinates with rate θ > 0, volatility σ >= 0 and step dt > 0. */
  public OrnsteinUhlenbeckNoise(double theta, double sigma, double dt, int dimension, long seed) {
    checkParameters(theta, sigma, dt);
    Checks.atLeast("action dimension", dimension, 1);
    this.theta = theta;
    this.sigma = sigma;
    this.dt = dt;
    this.x = new double[dimension];
    this.random = new SplitMix(seed);
  }

  /** The process with the paper's θ and σ and Baselines' dt. */
  public static OrnsteinUhlenbeckNoise standard(int dimension, long seed) {
    return new OrnsteinUhlenbeckNoise(THETA, SIGMA, DT, dimension, seed);
  }

  /** Checks θ > 0, σ >= 0, dt > 0 and θ · dt <= 1, naming the keys {@code ou_theta}, {@code noise_sigma}, {@code ou_dt}. */
  public static void checkParameters(double theta, double sigma, double dt) {
    Checks.positive("ou_theta", theta);
    Checks.nonNegative("noise_sigma", sigma);
    Checks.positive("ou_dt", dt);
    if (theta * dt > 1) {
      throw new IllegalArgumentException("ou_theta · ou_dt must be <= 1 (a stable Euler step), found ou_theta="
          + theta + " and ou_dt=" + dt);
    }
  }

  @Override
  public double[] sample() {
    double scale = sigma * Math.sqrt(dt);
    for (int i = 0; i < x.length; i++) {
      x[i] += theta * -x[i] * dt + scale * random.nextGaussian();
    }
    return x.clone();
  }

  @Override
  public void reset() {
    Arrays.fill(x, 0);
  }

  @Override
  public State state() {
    return new State(x, random.state());
  }

  @Override
  public void restore(State state) {
    double[] process = state.process();
    if (process.length != x.length) {
      throw new IllegalArgumentException("the noise has " + x.length + " coordinates, the state " + process.length);
    }
    System.arraycopy(process, 0, x, 0, x.length);
    random = SplitMix.restore(state.random());
  }

  @Override
  public String toString() {
    return "OrnsteinUhlenbeckNoise(theta=" + theta + ", sigma=" + sigma + ", dt=" + dt + ", dimension=" + x.length + ")";
  }
}
