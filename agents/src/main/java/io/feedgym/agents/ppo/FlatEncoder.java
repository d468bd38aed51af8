package io.feedgym.agents.ppo;

import io.feedgym.policies.ObservationEncoder;

/**
 * The {@link PpoEncoder} of a flat observation: the state is the observation, one always-available row.
 * Stateless; a subclass may add per-episode behaviour.
 */
class FlatEncoder<O> implements PpoEncoder<O> {
  private final ObservationEncoder<O> encoder;

  FlatEncoder(ObservationEncoder<O> encoder) {
    this.encoder = encoder;
  }

  @Override
  public int stateSize() {
    return encoder.size();
  }

  @Override
  public int rows() {
    return 1;
  }

  @Override
  public int itemSize() {
    return 0;
  }

  @Override
  public void encode(O observation, float[] out) {
    encoder.encode(observation, out, 0);
    out[encoder.size()] = 1f;
  }
}
