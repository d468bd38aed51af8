package io.feedgym.policies;

import io.feedgym.env.Step;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * A learning agent driven by the runner: it acts (exploring), observes each transition and updates
 * itself when its schedule says so. Agents are assembled from parts and are not thread-safe.
 */
public interface Agent<O, A> {

  /** The action to take while training; may explore. Advances the agent's exploration schedule. */
  A act(O observation);

  /** The greedy policy used for evaluation; does not change the agent's state. */
  Policy<O, A> greedy();

  /**
   * Records the transition {@code (observation, action, step)} and learns from it when the update
   * schedule says so. Returns the metrics of the updates made at this step under stable names (e.g.
   * {@code losses/td_loss}), or an empty map when none was made.
   */
  Map<String, Double> observe(O observation, A action, Step<O> step);

  /** The agent's configuration record, recorded in the run manifest. */
  Record config();

  /** Writes everything needed to act and to resume learning into {@code dir}, atomically. */
  void save(Path dir) throws IOException;

  /** Restores the state written by {@link #save}; fails with an IOException naming the file on corrupt input. */
  void load(Path dir) throws IOException;
}
