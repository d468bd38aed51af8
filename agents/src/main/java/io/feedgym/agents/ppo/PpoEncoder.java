package io.feedgym.agents.ppo;

/**
 * PPO's observation part: turns an observation into one flat vector, stored as it is in the rollout,
 * laid out as [state | item rows | mask]. The critic reads the {@link #stateSize()} state values; the actor
 * scores {@link #rows()} rows, row r being the state followed by item r's {@link #itemSize()} values (a flat
 * observation is one row with no item values); the mask (1 or 0 per row) says which rows are available
 * actions. {@link Ppo} creates one encoder per environment, plus one for its greedy policy, and calls
 * {@link #startEpisode()} when that environment starts a new episode, so an encoder may keep per-episode
 * state (a history summary appended to the state, for instance). {@link #encode} is called exactly once per
 * observation acted on, in order; a stateful encoder saves that state with {@link #state()} (Ppo writes it with
 * its checkpoints, and brackets the encoding of observations it only values with {@link #state()} and
 * {@link #restore}). Not thread-safe.
 *
 * @param <O> the observation type
 */
public interface PpoEncoder<O> {

  /** Width of the state part (the critic's input). */
  int stateSize();

  /** Actor rows per observation: 1, or one per candidate item. */
  int rows();

  /** Width of an item row's own part; 0 for a flat observation. */
  int itemSize();

  /** Length of the encoded vector. */
  default int size() {
    return stateSize() + rows() * itemSize() + rows();
  }

  /** Writes the encoding of {@code observation} into {@code out[0, size())}. */
  void encode(O observation, float[] out);

  /** Called when this encoder's environment starts an episode; stateless encoders do nothing. */
  default void startEpisode() {}

  /** The per-episode state, to save with a checkpoint; empty for a stateless encoder. */
  default double[] state() {
    return new double[0];
  }

  /** Restores a {@link #state()}; a state this encoder cannot hold is an IllegalArgumentException. */
  default void restore(double[] state) {
    if (state.length != 0) {
      throw new IllegalArgumentException("a stateless encoder's state is empty, found " + state.length + " values");
    }
  }
}
