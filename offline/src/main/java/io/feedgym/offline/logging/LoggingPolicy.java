package io.feedgym.offline.logging;

import io.feedgym.env.feed.FeedObservation;
import java.util.random.RandomGenerator;

/**
 * A stochastic slate policy that knows its exact probabilities: it draws slates and scores any slate, so
 * offline estimators can be checked against the truth. Implementations are immutable and thread-safe; the
 * randomness comes from the caller.
 */
public interface LoggingPolicy {

  /** Draws a slate for {@code page} from {@code random}, with its propensities. */
  SlateDraw draw(FeedObservation page, RandomGenerator random);

  /** The propensities of {@code slate} (distinct available candidates of {@code page}) under this policy. */
  SlateDraw probabilities(FeedObservation page, int[] slate);

  /** Items per slate. */
  int slateSize();
}
