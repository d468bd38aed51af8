package io.feedgym.runner.online;

import io.feedgym.env.Step;
import io.feedgym.policies.Agent;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * A recommender in the online protocol: pretrained as an ordinary agent, then it serves pages of a stream,
 * learns from each page's feedback and is told when a simulated day ends. Not thread-safe.
 *
 * @param <O> the observation type
 */
public interface OnlineLearner<O> {

  /** The agent trained before the stream starts; its training is the model every mode starts from. */
  Agent<O, int[]> pretraining();

  /** The slate to show on {@code page}. */
  int[] serve(O page);

  /** Learns from the page last served; {@code step.reward()} is the protocol's reward. Returns update metrics. */
  Map<String, Double> learn(O page, int[] slate, Step<O> step);

  /** Called when simulated day {@code day} (0-based) ends; returns the metrics of a major update, if one ran. */
  Map<String, Double> endOfDay(int day);

  /** Writes all the learner needs to continue the stream exactly. */
  void save(Path dir) throws IOException;

  /** Restores what {@link #save} wrote; fails with an IOException naming the file on corrupt input. */
  void load(Path dir) throws IOException;
}
