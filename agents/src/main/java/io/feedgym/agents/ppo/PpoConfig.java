package io.feedgym.agents.ppo;

import com.google.common.collect.ImmutableList;
import io.feedgym.agents.nn.NetworkKind;
import io.feedgym.config.Checks;
import java.util.List;

/**
 * Hyperparameters of {@link Ppo}; names and defaults follow CleanRL's {@code ppo.py} (CartPole).
 * {@link #defaults()} is the one source of defaults for the API and the CLI.
 *
 * @param learningRate Adam step size (annealed linearly to 0 over the run when {@code annealLr}), in (0, 1]
 * @param numEnvs environments stepped in lock-step, positive
 * @param numSteps steps per environment in one rollout, positive
 * @param annealLr whether the learning rate decays linearly to 0 over the planned rollouts
 * @param gamma discount factor, in [0, 1]
 * @param gaeLambda the λ of GAE(λ), in [0, 1]
 * @param numMinibatches minibatches per epoch, positive and dividing numEnvs × numSteps
 * @param updateEpochs passes over each rollout, positive
 * @param normAdv whether advantages are normalised per minibatch
 * @param clipCoef the surrogate clipping ε (also the value clipping range), positive
 * @param clipVloss whether the value loss is clipped around the old values, as CleanRL
 * @param entCoef entropy bonus coefficient, >= 0
 * @param vfCoef value loss coefficient, >= 0
 * @param maxGradNorm the global gradient norm clip over actor, critic (and a Gaussian's log σ), positive
 * @param hiddenSizes widths of the tanh hidden layers of actor and critic, each positive
 * @param network the actor: the tanh MLP or, for slate actions, a block of module {@code networks} scoring
 *     (state, candidate) rows (docs/networks.md) with {@code hiddenSizes} as its deep part; the critic V(s) stays
 *     the MLP
 */
public record PpoConfig(
    double learningRate,
    int numEnvs,
    int numSteps,
    boolean annealLr,
    double gamma,
    double gaeLambda,
    int numMinibatches,
    int updateEpochs,
    boolean normAdv,
    double clipCoef,
    boolean clipVloss,
    double entCoef,
    double vfCoef,
    double maxGradNorm,
    List<Integer> hiddenSizes,
    NetworkKind network) {

  public PpoConfig {
    if (!(learningRate > 0 && learningRate <= 1)) {
      throw new IllegalArgumentException("learning_rate must be in (0, 1], found " + learningRate);
    }
    Checks.atLeast("num_envs", numEnvs, 1);
    Checks.atLeast("num_steps", numSteps, 1);
    Checks.inRange("gamma", gamma, 0, 1);
    Checks.inRange("gae_lambda", gaeLambda, 0, 1);
    Checks.atLeast("num_minibatches", numMinibatches, 1);
    if ((long) numEnvs * numSteps % numMinibatches != 0) {
      throw new IllegalArgumentException("num_minibatches must divide num_envs * num_steps = " + numEnvs * numSteps
          + ", found " + numMinibatches);
    }
    Checks.atLeast("update_epochs", updateEpochs, 1);
    Checks.positive("clip_coef", clipCoef);
    Checks.nonNegative("ent_coef", entCoef);
    Checks.nonNegative("vf_coef", vfCoef);
    Checks.positive("max_grad_norm", maxGradNorm);
    hiddenSizes = ImmutableList.copyOf(hiddenSizes);
    if (hiddenSizes.isEmpty() || hiddenSizes.stream().anyMatch(h -> h <= 0)) {
      throw new IllegalArgumentException("hidden_sizes must be one or more positive widths, found " + hiddenSizes);
    }
    if (network == null) {
      throw new IllegalArgumentException("network must be one of mlp, two_tower, wide_deep, fm, deepfm, dcn, afm");
    }
  }

  /**
   * Defaults for CartPole-v1 in 100k steps, RL Baselines3 Zoo's tuned CartPole PPO: 8 environments × 32 steps,
   * one minibatch of 256, 20 epochs, γ = 0.98, λ = 0.8, no entropy bonus, learning rate 1e-3 annealed;
   * CleanRL's 64-64 tanh networks, clipping and loss coefficients. CleanRL's own defaults ({@link #cleanRl()})
   * are tuned for 500k steps and reach 454 on seed 1 in 100k (docs/agents/ppo.md).
   */
  public static PpoConfig defaults() {
    return new PpoConfig(1e-3, 8, 32, true, 0.98, 0.8, 1, 20, true, 0.2, true, 0.0, 0.5, 0.5, List.of(64, 64), NetworkKind.MLP);
  }

  /** CleanRL's {@code ppo.py} defaults: 4 environments × 128 steps, 4 minibatches, 4 epochs, γ = 0.99, λ = 0.95. */
  public static PpoConfig cleanRl() {
    return new PpoConfig(2.5e-4, 4, 128, true, 0.99, 0.95, 4, 4, true, 0.2, true, 0.01, 0.5, 0.5, List.of(64, 64), NetworkKind.MLP);
  }

  /** Transitions per rollout, numEnvs × numSteps. */
  public int batchSize() {
    return numEnvs * numSteps;
  }

  /** Transitions per minibatch. */
  public int minibatchSize() {
    return batchSize() / numMinibatches;
  }

  public PpoConfig withEnvs(int envs, int steps) {
    return new PpoConfig(learningRate, envs, steps, annealLr, gamma, gaeLambda, numMinibatches, updateEpochs, normAdv,
        clipCoef, clipVloss, entCoef, vfCoef, maxGradNorm, hiddenSizes, network);
  }

  public PpoConfig withNetwork(NetworkKind value) {
    return new PpoConfig(learningRate, numEnvs, numSteps, annealLr, gamma, gaeLambda, numMinibatches, updateEpochs,
        normAdv, clipCoef, clipVloss, entCoef, vfCoef, maxGradNorm, hiddenSizes, value);
  }
}
