package io.feedgym.networks;

import com.google.common.collect.ImmutableList;
import io.feedgym.config.Checks;
import io.feedgym.networks.interaction.FieldEmbeddings.DenseVectors;
import io.feedgym.networks.interaction.TwoTower;
import io.feedgym.networks.sequence.SequenceEncoder;
import java.util.List;

/**
 * Hyperparameters of a scorer network; {@link #defaults()} is the one source of defaults. Parameters a
 * network does not use are ignored (cross_layers outside DCN, for instance).
 *
 * @param network the architecture
 * @param embeddingDim k, the dimension of the dense numbers' FM vectors and of the fields of
 *     {@code FeedFeatures}; FM, DeepFM and AFM need every field embedded in k dimensions; positive
 * @param hiddenSizes widths of the ReLU layers of deep parts (and of the two-tower MLP interaction), each positive
 * @param crossLayers number of DCN cross layers, positive
 * @param attentionSize AFM's attention size t, positive
 * @param towerSize width of each two-tower tower, positive
 * @param towerInteraction how the two towers are joined
 * @param sequenceEncoder how sequence fields (recent items) are summarized
 * @param denseVectors how dense fields enter the pairwise stack of FM, DeepFM and AFM: a vector per number or
 *     per field
 */
public record NetworkConfig(
    Network network,
    int embeddingDim,
    List<Integer> hiddenSizes,
    int crossLayers,
    int attentionSize,
    int towerSize,
    TwoTower.Interaction towerInteraction,
    SequenceEncoder sequenceEncoder,
    DenseVectors denseVectors) {

  public NetworkConfig {
    if (network == null || towerInteraction == null || sequenceEncoder == null || denseVectors == null) {
      throw new IllegalArgumentException("network (two_tower|wide_deep|fm|deepfm|dcn|afm), tower_interaction "
          + "(dot|mlp), sequence_encoder (gru|self_attention) and dense_vectors (per_number|per_field) must be set, "
          + "found network=" + network + ", tower_interaction=" + towerInteraction + ", sequence_encoder="
          + sequenceEncoder + ", dense_vectors=" + denseVectors);
    }
    Checks.atLeast("embedding_dim", embeddingDim, 1);
    hiddenSizes = ImmutableList.copyOf(hiddenSizes);
    if (hiddenSizes.stream().anyMatch(h -> h <= 0)) {
      throw new IllegalArgumentException("hidden_sizes must be positive widths, found " + hiddenSizes);
    }
    Checks.atLeast("cross_layers", crossLayers, 1);
    Checks.atLeast("attention_size", attentionSize, 1);
    Checks.atLeast("tower_size", towerSize, 1);
  }

  /**
   * Two towers of 32 joined by an MLP of 64 and 32 (the layout of SlateQ's item network), k = 8, 3 cross layers,
   * attention size 8, a GRU for sequences, a pairwise vector per dense number.
   */
  public static NetworkConfig defaults() {
    return new NetworkConfig(Network.TWO_TOWER, 8, List.of(64, 32), 3, 8, 32, TwoTower.Interaction.MLP,
        SequenceEncoder.GRU, DenseVectors.PER_NUMBER);
  }

  public NetworkConfig withNetwork(Network value) {
    return new NetworkConfig(value, embeddingDim, hiddenSizes, crossLayers, attentionSize, towerSize,
        towerInteraction, sequenceEncoder, denseVectors);
  }

  public NetworkConfig withEmbeddingDim(int value) {
    return new NetworkConfig(network, value, hiddenSizes, crossLayers, attentionSize, towerSize, towerInteraction,
        sequenceEncoder, denseVectors);
  }

  public NetworkConfig withHiddenSizes(List<Integer> value) {
    return new NetworkConfig(network, embeddingDim, value, crossLayers, attentionSize, towerSize, towerInteraction,
        sequenceEncoder, denseVectors);
  }

  public NetworkConfig withTowerSize(int value) {
    return new NetworkConfig(network, embeddingDim, hiddenSizes, crossLayers, attentionSize, value, towerInteraction,
        sequenceEncoder, denseVectors);
  }

  public NetworkConfig withTowerInteraction(TwoTower.Interaction value) {
    return new NetworkConfig(network, embeddingDim, hiddenSizes, crossLayers, attentionSize, towerSize, value,
        sequenceEncoder, denseVectors);
  }

  public NetworkConfig withSequenceEncoder(SequenceEncoder value) {
    return new NetworkConfig(network, embeddingDim, hiddenSizes, crossLayers, attentionSize, towerSize,
        towerInteraction, value, denseVectors);
  }

  public NetworkConfig withDenseVectors(DenseVectors value) {
    return new NetworkConfig(network, embeddingDim, hiddenSizes, crossLayers, attentionSize, towerSize,
        towerInteraction, sequenceEncoder, value);
  }
}
