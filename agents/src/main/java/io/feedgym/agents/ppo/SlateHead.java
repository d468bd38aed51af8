package io.feedgym.agents.ppo;

import io.feedgym.policies.distributions.PlackettLuce;
import java.util.random.RandomGenerator;

/**
 * A {@link PlackettLuce} slate of {@code k} distinct available candidates from the actor's one score per
 * candidate row; the slate is stored as its item indices, in order. The entropy is Plackett–Luce's
 * per-position estimate at the taken slate's prefixes.
 */
final class SlateHead implements ActionHead<int[]> {
  private final int k;

  SlateHead(int k) {
    this.k = k;
  }

  @Override
  public int outputs() {
    return 1;
  }

  @Override
  public int actionSize() {
    return k;
  }

  @Override
  public int[] sample(double[] params, boolean[] mask, RandomGenerator random, float[] stored) {
    int[] slate = PlackettLuce.sample(params, mask, k, random);
    for (int i = 0; i < k; i++) {
      stored[i] = slate[i];
    }
    return slate;
  }

  @Override
  public int[] greedy(double[] params, boolean[] mask) {
    return PlackettLuce.mode(params, mask, k);
  }

  @Override
  public double logProb(double[] params, boolean[] mask, float[] stored) {
    return PlackettLuce.logProb(params, mask, indices(stored));
  }

  @Override
  public double entropy(double[] params, boolean[] mask, float[] stored) {
    return PlackettLuce.entropy(params, mask, indices(stored));
  }

  @Override
  public void addGradient(double[] params, boolean[] mask, float[] stored, double dLogProb, double dEntropy,
      double[] gradient) {
    PlackettLuce.addGradient(params, mask, indices(stored), dLogProb, dEntropy, gradient);
  }

  private static int[] indices(float[] stored) {
    int[] indices = new int[stored.length];
    for (int i = 0; i < stored.length; i++) {
      indices[i] = (int) stored[i];
    }
    return indices;
  }
}
