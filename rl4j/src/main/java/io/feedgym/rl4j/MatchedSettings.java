package io.feedgym.rl4j;

import com.google.common.collect.ImmutableMap;
import java.util.Collections;
import org.deeplearning4j.rl4j.learning.configuration.QLearningConfiguration;
import org.deeplearning4j.rl4j.network.configuration.DQNDenseNetworkConfiguration;
import org.nd4j.linalg.learning.config.Adam;

/**
 * The DQN settings both sides of {@link Rl4jComparison} train with, and their translation into FeedGym's
 * {@code DqnConfig} keys ({@link #feedGymOverrides()}) and RL4J 1.0.0-M1.1's configurations
 * ({@link #rl4jLearning}, {@link #rl4jNetwork}). Where RL4J has no knob, FeedGym takes RL4J's behaviour:
 * one gradient step per environment step, a hard target copy, a start at ε = 1, updates from the first full
 * batch on, MSE without error clamping.
 *
 * @param steps environment steps of the run (the ε schedule depends on it), positive and at most
 *     {@link Integer#MAX_VALUE} (RL4J counts steps in an int)
 * @param learningRate Adam step size, in (0, 1]
 * @param bufferSize replay capacity in transitions, positive
 * @param gamma discount factor, in [0, 1]
 * @param targetCopyEvery gradient steps between hard copies of the online network into the target, positive
 * @param batchSize minibatch size, positive
 * @param endE final exploration rate ε, in [0, 1)
 * @param explorationFraction fraction of {@code steps} over which ε falls linearly from 1 to {@code endE}, in (0, 1]
 * @param hiddenLayers number of hidden ReLU layers, positive
 * @param hiddenWidth width of every hidden layer (RL4J's dense factory has one width), positive
 * @param maxEpisodeSteps the time limit of an episode, positive
 */
public record MatchedSettings(
    long steps,
    double learningRate,
    int bufferSize,
    double gamma,
    int targetCopyEvery,
    int batchSize,
    double endE,
    double explorationFraction,
    int hiddenLayers,
    int hiddenWidth,
    int maxEpisodeSteps) {

  public MatchedSettings {
    if (steps <= 0 || steps > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("steps must be in [1, " + Integer.MAX_VALUE + "], found " + steps);
    }
    if (!(learningRate > 0 && learningRate <= 1)) {
      throw new IllegalArgumentException("learning_rate must be in (0, 1], found " + learningRate);
    }
    positive("buffer_size", bufferSize);
    if (!(gamma >= 0 && gamma <= 1)) {
      throw new IllegalArgumentException("gamma must be in [0, 1], found " + gamma);
    }
    positive("target_copy_every", targetCopyEvery);
    positive("batch_size", batchSize);
    if (!(endE >= 0 && endE < 1)) {
      throw new IllegalArgumentException("end_e must be in [0, 1), found " + endE);
    }
    if (!(explorationFraction > 0 && explorationFraction <= 1)) {
      throw new IllegalArgumentException("exploration_fraction must be in (0, 1], found " + explorationFraction);
    }
    positive("hidden_layers", hiddenLayers);
    positive("hidden_width", hiddenWidth);
    positive("max_episode_steps", maxEpisodeSteps);
  }

  /**
   * CartPole-v1 settings: FeedGym's DQN defaults (learning rate, buffer, γ, batch, ε from 1 to 0.05 over
   * 20% of the run) with what RL4J imposes (a gradient step every step from the first full batch on, a
   * hard target copy, here every 500 updates as in CleanRL) and two hidden layers of 100 units (RL4J's
   * default width; about the multiply-adds of FeedGym's default 120-84 network).
   */
  public static MatchedSettings cartPole(long steps) {
    return new MatchedSettings(steps, 2.5e-4, 50_000, 0.99, 500, 128, 0.05, 0.2, 2, 100, 500);
  }

  /** Steps over which FeedGym's ε decays: {@code DqnConfig}'s {@code round(exploration_fraction × steps)}, at least 1. */
  public long decaySteps() {
    return Math.max(1, Math.round(explorationFraction * steps));
  }

  /**
   * RL4J's {@code epsilonNbStep}. RL4J's ε after t steps is max(minEpsilon, 1 − (t − updateStart) / epsilonNbStep),
   * FeedGym's is 1 − (1 − end_e) · t / decaySteps until it reaches end_e; with updateStart = 0 the two
   * lines coincide when epsilonNbStep = decaySteps / (1 − end_e).
   */
  public int epsilonNbStep() {
    return (int) Math.round(decaySteps() / (1 - endE));
  }

  /** FeedGym's updates start once more than this many steps were taken; RL4J's once its replay holds a full batch. */
  public int learningStarts() {
    return batchSize;
  }

  /** The FeedGym {@code DqnConfig} keys and values ({@code feedgym train --set agent.KEY=VALUE}), in the record's order. */
  public ImmutableMap<String, String> feedGymOverrides() {
    return ImmutableMap.<String, String>builder()
        .put("learning_rate", Double.toString(learningRate))
        .put("buffer_size", Integer.toString(bufferSize))
        .put("gamma", Double.toString(gamma))
        .put("tau", "1.0")
        .put("target_network_frequency", Integer.toString(targetCopyEvery))
        .put("batch_size", Integer.toString(batchSize))
        .put("start_e", "1.0")
        .put("end_e", Double.toString(endE))
        .put("exploration_fraction", Double.toString(explorationFraction))
        .put("learning_starts", Integer.toString(learningStarts()))
        .put("train_frequency", "1")
        .put("hidden_sizes", String.join(",", Collections.nCopies(hiddenLayers, Integer.toString(hiddenWidth))))
        .put("loss", "mse")
        .buildOrThrow();
  }

  /**
   * RL4J's learning configuration. {@code maxEpochStep} is the time limit: RL4J ends the episode itself and
   * stores its last transition as non-terminal (give the MDP the environment without its own limit);
   * {@code errorClamp = NaN} turns off RL4J's default clamping of TD targets to Q ± 1, as FeedGym's MSE
   * loss does not clamp.
   */
  public QLearningConfiguration rl4jLearning(long seed) {
    return QLearningConfiguration.builder()
        .seed(seed)
        .maxEpochStep(maxEpisodeSteps)
        .maxStep((int) steps)
        .expRepMaxSize(bufferSize)
        .batchSize(batchSize)
        .targetDqnUpdateFreq(targetCopyEvery)
        .updateStart(0)
        .rewardFactor(1.0)
        .gamma(gamma)
        .errorClamp(Double.NaN)
        .minEpsilon(endE)
        .epsilonNbStep(epsilonNbStep())
        .doubleDQN(false)
        .build();
  }

  /**
   * RL4J's dense network: {@code hiddenLayers} ReLU layers of {@code hiddenWidth}, a linear MSE output,
   * Adam. RL4J's factory reads the updater only ({@code learningRate} is ignored), initialises weights with
   * Xavier from a fixed seed (12345) and has no dropout or L2 here.
   */
  public DQNDenseNetworkConfiguration rl4jNetwork() {
    return DQNDenseNetworkConfiguration.builder()
        .numLayers(hiddenLayers)
        .numHiddenNodes(hiddenWidth)
        .learningRate(learningRate)
        .updater(new Adam(learningRate))
        .l2(0.0)
        .build();
  }

  /** The settings as a Markdown table: value, FeedGym key and RL4J field per row (docs/benchmarks.md holds a copy). */
  public String markdownTable() {
    ImmutableMap<String, String> fg = feedGymOverrides();
    StringBuilder out = new StringBuilder("| setting | value | FeedGym `DqnConfig` | RL4J 1.0.0-M1.1 |\n|---|---|---|---|\n");
    row(out, "network", hiddenLayers + " × " + hiddenWidth + " ReLU, linear output",
        "`hidden_sizes=" + fg.get("hidden_sizes") + "`",
        "`DQNDenseNetworkConfiguration.numLayers=" + hiddenLayers + "`, `numHiddenNodes=" + hiddenWidth + "`");
    row(out, "optimizer", "Adam, " + learningRate, "`learning_rate=" + learningRate + "`",
        "`updater=new Adam(" + learningRate + ")`");
    row(out, "loss", "squared TD error, no clamp", "`loss=mse`", "`errorClamp=NaN`");
    row(out, "discount", Double.toString(gamma), "`gamma=" + gamma + "`", "`gamma=" + gamma + "`");
    row(out, "replay", bufferSize + " transitions", "`buffer_size=" + bufferSize + "`", "`expRepMaxSize=" + bufferSize + "`");
    row(out, "batch", Integer.toString(batchSize), "`batch_size=" + batchSize + "`", "`batchSize=" + batchSize + "`");
    row(out, "updates", "one per env step once a batch is stored", "`train_frequency=1`, `learning_starts=" + learningStarts() + "`",
        "fixed (every step once the replay holds `batchSize`)");
    row(out, "target network", "hard copy every " + targetCopyEvery + " updates",
        "`tau=1.0`, `target_network_frequency=" + targetCopyEvery + "`", "`targetDqnUpdateFreq=" + targetCopyEvery + "`");
    row(out, "ε", "1 → " + endE + " linearly over " + decaySteps() + " steps",
        "`start_e=1.0`, `end_e=" + endE + "`, `exploration_fraction=" + explorationFraction + "`",
        "`updateStart=0`, `minEpsilon=" + endE + "`, `epsilonNbStep=" + epsilonNbStep() + "`");
    row(out, "time limit", maxEpisodeSteps + " steps, truncation bootstraps", "`cartpole-v1`'s `TimeLimit`",
        "`maxEpochStep=" + maxEpisodeSteps + "` on the unwrapped `CartPole`");
    row(out, "budget", steps + " env steps", "`--steps " + steps + "`", "`maxStep=" + steps + "`, last episode cut to fit");
    return out.toString();
  }

  private static void row(StringBuilder out, String setting, String value, String feedGym, String rl4j) {
    out.append("| ").append(setting).append(" | ").append(value).append(" | ").append(feedGym).append(" | ")
        .append(rl4j).append(" |\n");
  }

  private static void positive(String name, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, found " + value);
    }
  }
}
