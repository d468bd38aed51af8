package io.feedgym.agents.ppo;

import com.google.common.primitives.ImmutableIntArray;
import io.feedgym.env.spaces.Box;
import io.feedgym.policies.distributions.DiagonalGaussian;
import io.feedgym.replay.file.Columns;
import io.feedgym.replay.file.ReplayFile;
import io.feedgym.replay.file.ReplayFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.random.RandomGenerator;

/**
 * A {@link DiagonalGaussian} for a {@link Box} action: the actor outputs the mean, log σ is a
 * state-independent parameter vector (initially 0) trained by its own Adam with the networks' settings
 * (β = 0.9, 0.999, ε = 1e-5), as in CleanRL's {@code ppo_continuous_action.py}. As there, the environment
 * receives the sample <em>clipped</em> to the box while the unclipped sample (rounded to float, as stored)
 * is what the log-probability is computed for; the greedy action is the clipped mean. Not thread-safe.
 */
final class GaussianHead implements ActionHead<double[]> {
  private static final String FILE = "log_std.bin";
  private static final double BETA1 = 0.9;
  private static final double BETA2 = 0.999;
  private static final double EPSILON = 1e-5;

  private final Box box;
  private final int size;
  private final double[] logStd;
  private final double[] gradient;
  private final double[] m;
  private final double[] v;

  GaussianHead(Box box) {
    this.box = box;
    this.size = box.size();
    this.logStd = new double[size];
    this.gradient = new double[size];
    this.m = new double[size];
    this.v = new double[size];
  }

  @Override
  public int outputs() {
    return size;
  }

  @Override
  public int actionSize() {
    return size;
  }

  @Override
  public double[] sample(double[] params, boolean[] mask, RandomGenerator random, float[] stored) {
    double[] x = DiagonalGaussian.sample(params, logStd, random);
    for (int d = 0; d < size; d++) {
      stored[d] = (float) x[d];
    }
    return clipped(stored);
  }

  @Override
  public double[] greedy(double[] params, boolean[] mask) {
    return clipped(params.clone());
  }

  private double[] clipped(float[] x) {
    double[] action = new double[size];
    for (int d = 0; d < size; d++) {
      action[d] = x[d];
    }
    return clipped(action);
  }

  private double[] clipped(double[] action) {
    for (int d = 0; d < size; d++) {
      action[d] = Math.min(box.high(d), Math.max(box.low(d), action[d]));
    }
    return action;
  }

  private static double[] doubles(float[] stored) {
    double[] x = new double[stored.length];
    for (int d = 0; d < x.length; d++) {
      x[d] = stored[d];
    }
    return x;
  }

  @Override
  public double logProb(double[] params, boolean[] mask, float[] stored) {
    return DiagonalGaussian.logProb(params, logStd, doubles(stored));
  }

  @Override
  public double entropy(double[] params, boolean[] mask, float[] stored) {
    return DiagonalGaussian.entropy(logStd);
  }

  @Override
  public void addGradient(double[] params, boolean[] mask, float[] stored, double dLogProb, double dEntropy,
      double[] meanGradient) {
    DiagonalGaussian.addGradient(params, logStd, doubles(stored), dLogProb, dEntropy, meanGradient, gradient);
  }

  @Override
  public double gradientSquaredNorm() {
    double sum = 0;
    for (double g : gradient) {
      sum += g * g;
    }
    return sum;
  }

  /** Descends on the loss whose gradient was accumulated (Adam, bias-corrected at step {@code iteration + 1}). */
  @Override
  public void step(double scale, double learningRate, long iteration) {
    double t = iteration + 1;
    for (int d = 0; d < size; d++) {
      double g = gradient[d] * scale;
      m[d] = BETA1 * m[d] + (1 - BETA1) * g;
      v[d] = BETA2 * v[d] + (1 - BETA2) * g * g;
      double mHat = m[d] / (1 - Math.pow(BETA1, t));
      double vHat = v[d] / (1 - Math.pow(BETA2, t));
      logStd[d] -= learningRate * mHat / (Math.sqrt(vHat) + EPSILON);
      gradient[d] = 0;
    }
  }

  @Override
  public void save(Path dir) throws IOException {
    ReplayFile.save(dir.resolve(FILE), format(), this::columns);
  }

  @Override
  public void load(Path dir) throws IOException {
    ReplayFile.load(dir.resolve(FILE), format(), this::columns);
  }

  private void columns(Columns c) throws IOException {
    c.doubles(logStd, 0, size);
    c.doubles(m, 0, size);
    c.doubles(v, 0, size);
  }

  private ReplayFormat format() {
    return new ReplayFormat("gaussian-log-std", size, ImmutableIntArray.of(size));
  }
}
