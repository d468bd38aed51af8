package io.feedgym.offline.convert;

import io.feedgym.offline.LoggedPage;
import io.feedgym.replay.feed.FeedTransition;
import io.feedgym.rewards.RewardBreakdown;
import java.util.Objects;

/**
 * A transition converted from a logged page, with the reward's terms and the page it came from (its
 * propensities, row and timestamp).
 *
 * @param transition the transition, as the simulator's replay stores it
 * @param terms the reward's terms; their total is {@code transition.reward()}
 * @param page the logged page
 */
public record LoggedTransition(FeedTransition transition, RewardBreakdown terms, LoggedPage page) {

  public LoggedTransition {
    Objects.requireNonNull(transition, "transition");
    Objects.requireNonNull(terms, "terms");
    Objects.requireNonNull(page, "page");
  }
}
