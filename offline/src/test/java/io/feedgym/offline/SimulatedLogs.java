package io.feedgym.offline;

import io.feedgym.env.Environment;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.registry.Envs;
import io.feedgym.offline.logging.LoggingPolicy;
import io.feedgym.offline.logging.PlackettLuceSlates;
import io.feedgym.offline.logging.Scorer;
import io.feedgym.offline.logging.SessionLogger;
import io.feedgym.offline.write.LogWriter;
import io.feedgym.replay.feed.FeedTransition;
import io.feedgym.rewards.registry.Rewards;
import io.feedgym.rewards.wrappers.ComputeReward;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Logs from the simulator for tests: writes a file and keeps the transitions the simulator produced. */
final class SimulatedLogs {
  private SimulatedLogs() {}

  /** A feed-v0 with short sessions (max_pages 6) rewarded by {@code reward}. */
  @SuppressWarnings("unchecked")
  static Environment<FeedObservation, int[]> feed(String reward) {
    var env = (Environment<FeedObservation, int[]>) Envs.make("feed-v0", Map.of("max_pages", "6"));
    return new ComputeReward<>(env, Rewards.parse(reward));
  }

  /** A softmax logging policy over the predicted-CTR logit at temperature 1, slates of 10. */
  static LoggingPolicy softmax() {
    return new PlackettLuceSlates(Scorer.of("predicted_ctr_logit"), 1.0, 10);
  }

  /** Logs {@code sessions} sessions to {@code out}; returns the simulator's transitions in order. */
  static List<FeedTransition> write(Path out, int sessions, long seed, String reward,
      SessionLogger.Candidates candidates) throws IOException {
    List<FeedTransition> online = new ArrayList<>();
    try (var env = feed(reward)) {
      SessionLogger logger = new SessionLogger(env, softmax(), candidates);
      try (LogWriter writer = new LogWriter(out, logger.columns())) {
        logger.log(sessions, seed, writer,
            (session, page, draw, step) -> online.add(FeedTransition.of(page, draw.slate().toArray(), step)));
      }
    }
    return online;
  }
}
