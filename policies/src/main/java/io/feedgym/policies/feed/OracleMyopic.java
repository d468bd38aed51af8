package io.feedgym.policies.feed;

import io.feedgym.env.feed.Feed;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feed.RankingWeights;
import io.feedgym.policies.Policy;
import java.util.Objects;

/**
 * The oracle-myopic reference: the K available candidates with the highest true P(click | examined) under
 * the hidden user state ({@link Feed#clickProbabilities()}), which maximises the page's expected clicks
 * exactly; an upper reference for myopic ranking. It reads the feed's current page, so it must be given the
 * feed's latest observation; not thread-safe, like the feed.
 */
public final class OracleMyopic implements Policy<FeedObservation, int[]> {
  private final Feed feed;

  public OracleMyopic(Feed feed) {
    this.feed = Objects.requireNonNull(feed, "feed");
  }

  @Override
  public int[] act(FeedObservation observation) {
    return RankingWeights.topK(observation, feed.clickProbabilities(), feed.actionSpace().k());
  }

  @Override
  public String toString() {
    return "OracleMyopic<" + feed + ">";
  }
}
