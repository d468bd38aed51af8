package io.feedgym.policies;

import io.feedgym.env.Step;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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

  /**
   * How many environments the runner steps in lock-step for this agent (a vector environment, as
   * PPO's rollouts use); 1 unless the agent batches its acting and learning.
   */
  default int numEnvs() {
    return 1;
  }

  /**
   * The training actions for the current observations of the runner's {@link #numEnvs()} environments,
   * in order. The default calls {@link #act} on each; batching agents override it with one inference.
   * The runner calls the list forms even with one environment and reuses the lists it passes: copy
   * what you keep.
   */
  default List<A> act(List<O> observations) {
    if (observations.size() == 1) {
      return List.of(act(observations.get(0)));
    }
    List<A> actions = new ArrayList<>(observations.size());
    for (O observation : observations) {
      actions.add(act(observation));
    }
    return actions;
  }

  /**
   * Records one lock-step transition of every environment ({@code steps.get(i)} followed
   * {@code actions.get(i)} in {@code observations.get(i)}; a finished step carries the episode's final
   * observation and the runner resets that environment before the next {@link #act(List)}). Returns the
   * metrics of the updates made. The default calls {@link #observe} on each in order.
   */
  default Map<String, Double> observe(List<O> observations, List<A> actions, List<Step<O>> steps) {
    if (observations.size() == 1) {
      return observe(observations.get(0), actions.get(0), steps.get(0));
    }
    Map<String, Double> metrics = new HashMap<>();
    for (int i = 0; i < observations.size(); i++) {
      metrics.putAll(observe(observations.get(i), actions.get(i), steps.get(i)));
    }
    return metrics;
  }

  /** The agent's configuration record, recorded in the run manifest. */
  Record config();

  /** Writes everything needed to act and to resume learning into {@code dir}, atomically. */
  void save(Path dir) throws IOException;

  /** Restores the state written by {@link #save}; fails with an IOException naming the file on corrupt input. */
  void load(Path dir) throws IOException;
}
