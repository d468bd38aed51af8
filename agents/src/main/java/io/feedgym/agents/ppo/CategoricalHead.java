package io.feedgym.agents.ppo;

import io.feedgym.policies.distributions.Categorical;
import java.util.random.RandomGenerator;

/**
 * A {@link Categorical} over the actor's {@code n} logits, for a discrete action space whose actions are all
 * available (the observation's one row); the action is stored as its index.
 */
final class CategoricalHead implements ActionHead<Integer> {
  private final int actions;
  private final boolean[] all;

  CategoricalHead(int actions) {
    this.actions = actions;
    this.all = new boolean[actions];
    java.util.Arrays.fill(all, true);
  }

  @Override
  public int outputs() {
    return actions;
  }

  @Override
  public int actionSize() {
    return 1;
  }

  @Override
  public Integer sample(double[] params, boolean[] mask, RandomGenerator random, float[] stored) {
    int action = Categorical.sample(params, all, random);
    stored[0] = action;
    return action;
  }

  @Override
  public Integer greedy(double[] params, boolean[] mask) {
    return Categorical.mode(params, all);
  }

  @Override
  public double logProb(double[] params, boolean[] mask, float[] stored) {
    return Categorical.logProb(params, all, (int) stored[0]);
  }

  @Override
  public double entropy(double[] params, boolean[] mask, float[] stored) {
    return Categorical.entropy(params, all);
  }

  @Override
  public void addGradient(double[] params, boolean[] mask, float[] stored, double dLogProb, double dEntropy,
      double[] gradient) {
    Categorical.addGradient(params, all, (int) stored[0], dLogProb, dEntropy, gradient);
  }
}
