package io.feedgym.spark;

import io.feedgym.env.Environment;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.registry.Envs;
import io.feedgym.offline.logging.PlackettLuceSlates;
import io.feedgym.offline.logging.Scorer;
import io.feedgym.offline.logging.SessionLogger;
import io.feedgym.offline.write.LogWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** Small logs written by the offline module's logger and writer: softmax-logged feed-v0 sessions, every candidate. */
public final class TestLogs {
  private TestLogs() {}

  /** Writes {@code sessions} sessions of feed-v0 (max_pages 4, 12 candidates) logged by softmax(T=1) in slates of 3 with seed {@code seed}. */
  @SuppressWarnings("unchecked")
  public static Path write(Path out, int sessions, long seed) throws IOException {
    try (var env = (Environment<FeedObservation, int[]>) Envs.make("feed-v0", Map.of("max_pages", "4", "num_candidates", "12", "slate_size", "3"))) {
      SessionLogger logger = new SessionLogger(env, new PlackettLuceSlates(Scorer.of("predicted_ctr_logit"), 1.0, 3),
          SessionLogger.Candidates.ALL);
      try (LogWriter writer = new LogWriter(out, logger.columns())) {
        logger.log(sessions, seed, writer, (session, page, draw, step) -> { });
      }
    }
    return out;
  }
}
