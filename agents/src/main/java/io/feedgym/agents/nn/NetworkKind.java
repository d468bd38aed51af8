package io.feedgym.agents.nn;

import io.feedgym.networks.Network;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code network=} key of the DQN family and DDPG's critic: the agent's own MLP (the default) or a block of
 * module {@code networks} (docs/networks.md) over the agent's state and action fields, with the block's defaults
 * and the agent's hidden sizes as its deep part.
 */
public enum NetworkKind {
  /** The agent's own MLP. */
  MLP(null),
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

  NetworkKind(Network block) {
    this.block = block;
  }

  /** The block of module {@code networks}, empty for the MLP. */
  public Optional<Network> block() {
    return Optional.ofNullable(block);
  }

  /** The key's value as the CLI spells it. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
