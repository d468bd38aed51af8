package io.feedgym.agents.slateq;

import com.google.common.collect.ImmutableList;
import io.feedgym.config.Checks;
import io.feedgym.networks.Network;
import java.util.List;
import java.util.Locale;

/**
 * Hyperparameters of {@link SlateQ}; {@link #defaults()} is the one source of defaults for the API and the
 * CLI. Counts are environment steps (pages) unless they say otherwise.
 *
 * @param head how the item value is formed: a plain Q(s, i) output or the dueling V(s) + A(s, i) − mean A
 * @param target the bootstrap of the item-wise target: the next slate taken (SARSA) or the best next slate
 *     under the slate selection (Q-learning)
 * @param slateSelection how a slate is built from item values and choice scores: top-k or greedy
 * @param noClickScore the conditional-logit score of not clicking, v(s, ⊥), on feed pages, positive and finite
 *     (the RecSim ports' encoders take v(s, ⊥) from the simulator's choice model)
 * @param learningRate Adam step size, in (0, 1]
 * @param bufferSize replay capacity in pages, positive
 * @param replay how minibatches are drawn from the replay buffer
 * @param gamma discount factor, in [0, 1]
 * @param nSteps pages of item rewards summed before bootstrapping (1 = the paper's one-step target), positive
 * @param tau target-network update rate (1 = hard copy), in (0, 1]
 * @param targetNetworkFrequency steps between target updates, positive
 * @param batchSize pages per minibatch, positive
 * @param startE initial probability of a random slate, in [0, 1]
 * @param endE final probability of a random slate, in [0, 1]
 * @param explorationFraction fraction of the training steps over which ε decays, in (0, 1]
 * @param learningStarts steps collected before the first update, >= 0
 * @param trainFrequency steps between gradient updates, positive
 * @param towerSize width of the state tower and of the item tower, positive
 * @param hiddenSizes widths of the ReLU layers over the interaction (and of the value head), each positive
 * @param network the item network: DRN's two towers ({@link ItemNetwork#DRN}, with a plain-Java mirror for acting)
 *     or a block of module {@code networks} over the state and item rows as two dense fields (plain head only)
 */
public record SlateQConfig(
    Head head,
    Target target,
    SlateSelection slateSelection,
    double noClickScore,
    double learningRate,
    int bufferSize,
    Sampling replay,
    double gamma,
    int nSteps,
    double tau,
    int targetNetworkFrequency,
    int batchSize,
    double startE,
    double endE,
    double explorationFraction,
    int learningStarts,
    int trainFrequency,
    int towerSize,
    List<Integer> hiddenSizes,
    ItemNetwork network) {

  /** The item-value head. */
  public enum Head {
    /** One output, Q̄(s, i). */
    PLAIN,
    /** Q̄(s, i) = V(s) + A(s, i) − mean of A over the page's available items (Wang et al. 2016). */
    DUELING
  }

  /**
   * The architecture of the item network Q̄(s, i). DRN is the default; the others are the blocks of module
   * {@code networks} (docs/networks.md) with their defaults, the tower size and hidden sizes taken from this
   * config, scored through DL4J when acting (no mirror).
   */
  public enum ItemNetwork {
    /** DRN's two towers, {@link ItemQNetwork}. */
    DRN(null),
    /** {@code networks}' two-tower scorer with the MLP interaction. */
    TWO_TOWER(Network.TWO_TOWER),
    /** Wide &amp; Deep. */
    WIDE_DEEP(Network.WIDE_DEEP),
    /** A factorization machine. */
    FM(Network.FM),
    /** DeepFM. */
    DEEPFM(Network.DEEPFM),
    /** Deep &amp; Cross. */
    DCN(Network.DCN),
    /** Attentional FM. */
    AFM(Network.AFM);

    private final Network block;

    ItemNetwork(Network block) {
      this.block = block;
    }

    /** The block of module {@code networks}, or null for DRN. */
    Network block() {
      return block;
    }
  }

  /** The item-wise bootstrap value of the next page. */
  public enum Target {
    /** Σ_{j∈A′} P(j | s′, A′) Q̄(s′, j) of the slate A′ actually shown next. */
    SARSA,
    /** The same sum for the slate the slate selection builds on s′ (an approximate max over slates). */
    Q_LEARNING
  }

  /** How minibatches are drawn from the replay buffer. */
  public enum Sampling {
    /** Uniformly, every weight 1. */
    UNIFORM,
    /** Proportional prioritized replay with the replay module's defaults; priority = mean |TD error| of a page's clicks. */
    PRIORITIZED
  }

  public SlateQConfig {
    if (head == null || target == null || slateSelection == null || replay == null || network == null) {
      throw new IllegalArgumentException("head (plain|dueling), target (sarsa|q-learning), slate_selection "
          + "(top-k|greedy), replay (uniform|prioritized) and network (drn|two_tower|wide_deep|fm|deepfm|dcn|afm) "
          + "must be set, found head=" + head + ", target=" + target + ", slate_selection=" + slateSelection
          + ", replay=" + replay + ", network=" + network);
    }
    if (head == Head.DUELING && network != ItemNetwork.DRN) {
      throw new IllegalArgumentException("head=dueling needs network=drn, found network="
          + network.name().toLowerCase(Locale.ROOT));
    }
    Checks.positive("no_click_score", noClickScore);
    openClosed("learning_rate", learningRate, 0, 1);
    Checks.atLeast("buffer_size", bufferSize, 1);
    Checks.inRange("gamma", gamma, 0, 1);
    Checks.atLeast("n_steps", nSteps, 1);
    openClosed("tau", tau, 0, 1);
    Checks.atLeast("target_network_frequency", targetNetworkFrequency, 1);
    Checks.atLeast("batch_size", batchSize, 1);
    Checks.inRange("start_e", startE, 0, 1);
    Checks.inRange("end_e", endE, 0, 1);
    openClosed("exploration_fraction", explorationFraction, 0, 1);
    Checks.atLeast("learning_starts", learningStarts, 0);
    Checks.atLeast("train_frequency", trainFrequency, 1);
    Checks.atLeast("tower_size", towerSize, 1);
    hiddenSizes = ImmutableList.copyOf(hiddenSizes);
    if (hiddenSizes.isEmpty() || hiddenSizes.stream().anyMatch(h -> h <= 0)) {
      throw new IllegalArgumentException("hidden_sizes must be one or more positive widths, found " + hiddenSizes);
    }
    if (batchSize > bufferSize) {
      throw new IllegalArgumentException(
          "batch_size must be at most buffer_size=" + bufferSize + ", found " + batchSize);
    }
  }

  /**
   * The defaults for feed-v0: greedy slate selection, 10-step SARSA targets with γ = 0.99, no-click score 3,
   * a plain head; chosen by 40,000-step runs on feed-v0 (docs/agents/slateq.md, "How the defaults were
   * chosen").
   */
  public static SlateQConfig defaults() {
    return new SlateQConfig(Head.PLAIN, Target.SARSA, SlateSelection.GREEDY, 3.0, 1e-3, 50_000, Sampling.UNIFORM,
        0.99, 10, 0.01, 1, 64, 1.0, 0.05, 0.3, 2_000, 4, 32, List.of(64, 32), ItemNetwork.DRN);
  }

  public SlateQConfig withHead(Head value) {
    return new SlateQConfig(value, target, slateSelection, noClickScore, learningRate, bufferSize, replay, gamma,
        nSteps, tau, targetNetworkFrequency, batchSize, startE, endE, explorationFraction, learningStarts,
        trainFrequency, towerSize, hiddenSizes, network);
  }

  public SlateQConfig withTarget(Target value) {
    return new SlateQConfig(head, value, slateSelection, noClickScore, learningRate, bufferSize, replay, gamma,
        nSteps, tau, targetNetworkFrequency, batchSize, startE, endE, explorationFraction, learningStarts,
        trainFrequency, towerSize, hiddenSizes, network);
  }

  public SlateQConfig withSlateSelection(SlateSelection value) {
    return new SlateQConfig(head, target, value, noClickScore, learningRate, bufferSize, replay, gamma, nSteps, tau,
        targetNetworkFrequency, batchSize, startE, endE, explorationFraction, learningStarts, trainFrequency,
        towerSize, hiddenSizes, network);
  }

  public SlateQConfig withReplay(Sampling value) {
    return new SlateQConfig(head, target, slateSelection, noClickScore, learningRate, bufferSize, value, gamma,
        nSteps, tau, targetNetworkFrequency, batchSize, startE, endE, explorationFraction, learningStarts,
        trainFrequency, towerSize, hiddenSizes, network);
  }

  public SlateQConfig withNetwork(ItemNetwork value) {
    return new SlateQConfig(head, target, slateSelection, noClickScore, learningRate, bufferSize, replay, gamma,
        nSteps, tau, targetNetworkFrequency, batchSize, startE, endE, explorationFraction, learningStarts,
        trainFrequency, towerSize, hiddenSizes, value);
  }

  /** A smaller schedule for tests: learning starts, train frequency and batch size. */
  public SlateQConfig withSchedule(int learningStartsValue, int trainFrequencyValue, int batchSizeValue) {
    return new SlateQConfig(head, target, slateSelection, noClickScore, learningRate, bufferSize, replay, gamma,
        nSteps, tau, targetNetworkFrequency, batchSizeValue, startE, endE, explorationFraction, learningStartsValue,
        trainFrequencyValue, towerSize, hiddenSizes, network);
  }

  private static void openClosed(String name, double value, double low, double high) {
    if (!(value > low && value <= high)) {
      throw new IllegalArgumentException(name + " must be in (" + low + ", " + high + "], found " + value);
    }
  }
}
