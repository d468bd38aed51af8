package io.feedgym.agents.dqn;

import com.google.common.collect.ImmutableList;
import io.feedgym.agents.ReplaySchedule;
import io.feedgym.agents.nn.NetworkKind;
import java.util.List;

/**
 * Hyperparameters of {@link Dqn}; names follow CleanRL's {@code dqn.py}. {@link #defaults()} is the one
 * source of defaults for the API and the CLI.
 *
 * @param learningRate Adam step size, in (0, 1]
 * @param bufferSize replay capacity in transitions, positive
 * @param gamma discount factor, in [0, 1]
 * @param tau target-network update rate (1 = hard copy), in (0, 1]
 * @param targetNetworkFrequency env steps between target updates, positive
 * @param batchSize minibatch size, positive
 * @param startE initial exploration rate ε, in [0, 1]
 * @param endE final exploration rate ε, in [0, 1]
 * @param explorationFraction fraction of the training steps over which ε decays, in (0, 1]
 * @param learningStarts env steps collected before the first update, >= batchSize
 * @param trainFrequency env steps between gradient updates, positive
 * @param hiddenSizes widths of the hidden ReLU layers, each positive
 * @param loss the TD loss
 * @param network the Q-network: an MLP ({@link NetworkKind#MLP}, with a plain-Java mirror for acting) or a block
 *     of module {@code networks} scoring (state, action) rows (docs/networks.md)
 */
public record DqnConfig(
    double learningRate,
    int bufferSize,
    double gamma,
    double tau,
    int targetNetworkFrequency,
    int batchSize,
    double startE,
    double endE,
    double explorationFraction,
    int learningStarts,
    int trainFrequency,
    List<Integer> hiddenSizes,
    TdLoss.Kind loss,
    NetworkKind network) {

  public DqnConfig {
    inRange("learning_rate", learningRate, 0, 1, false);
    positive("buffer_size", bufferSize);
    inRange("gamma", gamma, 0, 1, true);
    inRange("tau", tau, 0, 1, false);
    positive("target_network_frequency", targetNetworkFrequency);
    positive("batch_size", batchSize);
    inRange("start_e", startE, 0, 1, true);
    inRange("end_e", endE, 0, 1, true);
    inRange("exploration_fraction", explorationFraction, 0, 1, false);
    ReplaySchedule.check(bufferSize, batchSize, learningStarts);
    positive("train_frequency", trainFrequency);
    hiddenSizes = ImmutableList.copyOf(hiddenSizes);
    if (hiddenSizes.isEmpty() || hiddenSizes.stream().anyMatch(h -> h <= 0)) {
      throw new IllegalArgumentException("hidden_sizes must be one or more positive widths, found " + hiddenSizes);
    }
    if (loss == null) {
      throw new IllegalArgumentException("loss must be one of huber, mse");
    }
    if (network == null) {
      throw new IllegalArgumentException("network must be one of mlp, two_tower, wide_deep, fm, deepfm, dcn, afm");
    }
  }

  /**
   * Defaults for CartPole-v1 in 100k steps: CleanRL's network (120, 84), learning rate, discount,
   * batch size, ε range and update frequency, with a larger buffer (50k), an earlier start (1k), a
   * faster ε decay (20% of the run) and Polyak target averaging every step (τ = 0.005) instead of
   * CleanRL's hard copy every 500 steps, which is tuned for a 500k-step run. Measured in
   * docs/agents/dqn.md.
   */
  public static DqnConfig defaults() {
    return new DqnConfig(2.5e-4, 50_000, 0.99, 0.005, 1, 128, 1.0, 0.05, 0.2, 1_000, 10,
        List.of(120, 84), TdLoss.Kind.MSE, NetworkKind.MLP);
  }

  /** CleanRL's {@code dqn.py} defaults, tuned for a 500k-step CartPole run; the reference for speed comparisons. */
  public static DqnConfig cleanRl() {
    return new DqnConfig(2.5e-4, 10_000, 0.99, 1.0, 500, 128, 1.0, 0.05, 0.5, 10_000, 10,
        List.of(120, 84), TdLoss.Kind.MSE, NetworkKind.MLP);
  }

  public DqnConfig withLearningStarts(int value) {
    return new DqnConfig(learningRate, bufferSize, gamma, tau, targetNetworkFrequency, batchSize, startE,
        endE, explorationFraction, value, trainFrequency, hiddenSizes, loss, network);
  }

  public DqnConfig withTrainFrequency(int value) {
    return new DqnConfig(learningRate, bufferSize, gamma, tau, targetNetworkFrequency, batchSize, startE,
        endE, explorationFraction, learningStarts, value, hiddenSizes, loss, network);
  }

  public DqnConfig withExplorationFraction(double value) {
    return new DqnConfig(learningRate, bufferSize, gamma, tau, targetNetworkFrequency, batchSize, startE,
        endE, value, learningStarts, trainFrequency, hiddenSizes, loss, network);
  }

  public DqnConfig withNetwork(NetworkKind value) {
    return new DqnConfig(learningRate, bufferSize, gamma, tau, targetNetworkFrequency, batchSize, startE,
        endE, explorationFraction, learningStarts, trainFrequency, hiddenSizes, loss, value);
  }

  public DqnConfig withBatchSize(int value) {
    return new DqnConfig(learningRate, bufferSize, gamma, tau, targetNetworkFrequency, value, startE,
        endE, explorationFraction, learningStarts, trainFrequency, hiddenSizes, loss, network);
  }

  private static void positive(String name, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, found " + value);
    }
  }

  private static void inRange(String name, double value, double low, double high, boolean lowInclusive) {
    boolean ok = (lowInclusive ? value >= low : value > low) && value <= high;
    if (!ok) {
      throw new IllegalArgumentException(
          name + " must be in " + (lowInclusive ? "[" : "(") + low + ", " + high + "], found " + value);
    }
  }
}
