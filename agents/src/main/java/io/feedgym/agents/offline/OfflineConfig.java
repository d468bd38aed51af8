package io.feedgym.agents.offline;

import com.google.common.collect.ImmutableList;
import io.feedgym.agents.slateq.SlateQConfig.ItemNetwork;
import io.feedgym.agents.slateq.SlateSelection;
import io.feedgym.config.Checks;
import java.util.List;

/**
 * Hyperparameters of the offline agents ({@link BehaviourCloning}, {@link FittedSlateQ},
 * {@link ConservativeSlateQ}, {@link DiscreteBcq}); {@link #defaults()} is the one source of defaults for the API
 * and the CLI. One record for the four: they share the item network, the optimizer and the minibatch, and
 * differ by one parameter each ({@code cql_alpha} is read by CQL only, {@code bcq_threshold} by BCQ only;
 * behaviour cloning reads the network, {@code learning_rate} and {@code batch_size}). Counts are gradient
 * updates unless they say otherwise.
 *
 * @param network the item network (SlateQ's: DRN's two towers, or a block of module {@code networks})
 * @param towerSize width of the state tower and of the item tower, positive
 * @param hiddenSizes widths of the ReLU layers over the interaction, each positive
 * @param learningRate Adam step size, in (0, 1]
 * @param batchSize logged pages per minibatch, positive
 * @param gamma discount factor, in [0, 1]
 * @param nSteps logged pages of item rewards summed before bootstrapping (1 = one-step), positive
 * @param tau target-network update rate per update (1 = hard copy), in (0, 1]
 * @param noClickScore the conditional-logit score of not clicking, v(s, ⊥), positive
 * @param slateSelection how a slate is built from item values and choice scores, for acting and for targets
 * @param cqlAlpha the weight α of CQL's conservative penalty, >= 0 (CQL only)
 * @param bcqThreshold BCQ's τ: an item is eligible when G(i|s) / max_j G(j|s) exceeds it, in [0, 1] (BCQ only)
 */
public record OfflineConfig(
    ItemNetwork network,
    int towerSize,
    List<Integer> hiddenSizes,
    double learningRate,
    int batchSize,
    double gamma,
    int nSteps,
    double tau,
    double noClickScore,
    SlateSelection slateSelection,
    double cqlAlpha,
    double bcqThreshold) {

  public OfflineConfig {
    if (network == null || slateSelection == null) {
      throw new IllegalArgumentException("network (drn|two_tower|wide_deep|fm|deepfm|dcn|afm) and slate_selection "
          + "(top-k|greedy) must be set, found network=" + network + ", slate_selection=" + slateSelection);
    }
    Checks.atLeast("tower_size", towerSize, 1);
    hiddenSizes = ImmutableList.copyOf(hiddenSizes);
    if (hiddenSizes.isEmpty() || hiddenSizes.stream().anyMatch(h -> h <= 0)) {
      throw new IllegalArgumentException("hidden_sizes must be one or more positive widths, found " + hiddenSizes);
    }
    if (!(learningRate > 0 && learningRate <= 1)) {
      throw new IllegalArgumentException("learning_rate must be in (0, 1], found " + learningRate);
    }
    Checks.atLeast("batch_size", batchSize, 1);
    Checks.inRange("gamma", gamma, 0, 1);
    Checks.atLeast("n_steps", nSteps, 1);
    if (!(tau > 0 && tau <= 1)) {
      throw new IllegalArgumentException("tau must be in (0, 1], found " + tau);
    }
    Checks.positive("no_click_score", noClickScore);
    Checks.nonNegative("cql_alpha", cqlAlpha);
    Checks.inRange("bcq_threshold", bcqThreshold, 0, 1);
  }

  /**
   * SlateQ's network (DRN, towers of 32, hidden 64-32, Adam 1e-3) and choice model (v(s, ⊥) = 3, greedy
   * selection); 32 pages per minibatch, γ = 0.99 over 5-page returns, soft targets τ = 0.01; CQL's α = 1 and
   * discrete BCQ's τ = 0.3 (the values of their papers' discrete-action experiments). How they were chosen:
   * docs/offline/training.md.
   */
  public static OfflineConfig defaults() {
    return new OfflineConfig(ItemNetwork.DRN, 32, List.of(64, 32), 1e-3, 32, 0.99, 5, 0.01, 3.0,
        SlateSelection.GREEDY, 1.0, 0.3);
  }

  public OfflineConfig withNetwork(ItemNetwork value) {
    return new OfflineConfig(value, towerSize, hiddenSizes, learningRate, batchSize, gamma, nSteps, tau, noClickScore,
        slateSelection, cqlAlpha, bcqThreshold);
  }

  public OfflineConfig withBatchSize(int value) {
    return new OfflineConfig(network, towerSize, hiddenSizes, learningRate, value, gamma, nSteps, tau, noClickScore,
        slateSelection, cqlAlpha, bcqThreshold);
  }

  public OfflineConfig withCqlAlpha(double value) {
    return new OfflineConfig(network, towerSize, hiddenSizes, learningRate, batchSize, gamma, nSteps, tau,
        noClickScore, slateSelection, value, bcqThreshold);
  }

  public OfflineConfig withBcqThreshold(double value) {
    return new OfflineConfig(network, towerSize, hiddenSizes, learningRate, batchSize, gamma, nSteps, tau,
        noClickScore, slateSelection, cqlAlpha, value);
  }
}
