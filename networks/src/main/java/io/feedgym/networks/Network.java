package io.feedgym.networks;

import io.feedgym.networks.interaction.AttentionalFm;
import io.feedgym.networks.interaction.DeepCross;
import io.feedgym.networks.interaction.DeepFm;
import io.feedgym.networks.interaction.FactorizationMachine;
import io.feedgym.networks.interaction.FieldEmbeddings;
import io.feedgym.networks.interaction.LinearModel;
import io.feedgym.networks.interaction.TwoTower;
import io.feedgym.networks.interaction.Vertex;
import io.feedgym.networks.interaction.WideAndDeep;

/** The scorer architectures an agent selects with {@code network=…}; each adds its logit to a graph. */
public enum Network {
  /** {@link LinearModel}: first-order terms only, logistic regression under a sigmoid output. */
  LINEAR {
    @Override
    Vertex logit(FieldEmbeddings fields, NetworkConfig config, String name) {
      return LinearModel.logit(fields, name);
    }
  },
  /** {@link TwoTower}: state and item towers joined by a dot product or an MLP. */
  TWO_TOWER {
    @Override
    Vertex logit(FieldEmbeddings fields, NetworkConfig config, String name) {
      return TwoTower.logit(fields, config.towerSize(), config.towerInteraction(), config.hiddenSizes(), name);
    }
  },
  /** {@link WideAndDeep}: a linear part on raw and crossed features plus a deep MLP. */
  WIDE_DEEP {
    @Override
    Vertex logit(FieldEmbeddings fields, NetworkConfig config, String name) {
      return WideAndDeep.logit(fields, config.hiddenSizes(), name);
    }
  },
  /** {@link FactorizationMachine}: first-order terms plus the O(k·n) pairwise term. */
  FM {
    @Override
    Vertex logit(FieldEmbeddings fields, NetworkConfig config, String name) {
      return FactorizationMachine.logit(fields, name);
    }
  },
  /** {@link DeepFm}: FM plus an MLP on the same embeddings. */
  DEEPFM {
    @Override
    Vertex logit(FieldEmbeddings fields, NetworkConfig config, String name) {
      return DeepFm.logit(fields, config.hiddenSizes(), name);
    }
  },
  /** {@link DeepCross}: cross layers beside an MLP. */
  DCN {
    @Override
    Vertex logit(FieldEmbeddings fields, NetworkConfig config, String name) {
      return DeepCross.logit(fields, config.crossLayers(), config.hiddenSizes(), name);
    }
  },
  /** {@link AttentionalFm}: attention-weighted pairwise interactions. */
  AFM {
    @Override
    Vertex logit(FieldEmbeddings fields, NetworkConfig config, String name) {
      return AttentionalFm.logit(fields, config.attentionSize(), name);
    }
  };

  abstract Vertex logit(FieldEmbeddings fields, NetworkConfig config, String name);
}
