package io.feedgym.agents.slateq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.feedgym.env.Step;
import io.feedgym.env.feed.Feed;
import io.feedgym.env.feed.FeedConfig;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.replay.feed.FeedTransition;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Links between stored transitions: the next slate for SARSA and n-step chains along an episode. */
class ReplayLinksTest {

  /** Plays {@code pages} pages of feed-v0 with fixed slates, resetting at episode ends; adds them to {@code links} if given. */
  private static List<FeedTransition> play(int pages, ReplayLinks links) {
    Feed feed = new Feed(FeedConfig.defaults());
    List<FeedTransition> out = new ArrayList<>();
    FeedObservation page = feed.reset(8).observation();
    for (int t = 0; t < pages; t++) {
      int[] slate = new int[10];
      for (int k = 0; k < 10; k++) {
        slate[k] = page.available(k) ? k : 10 + k;
      }
      Step<FeedObservation> step = feed.step(slate);
      out.add(FeedTransition.of(page, slate, step));
      if (links != null) {
        links.add(page, slate, step);
      }
      page = step.done() ? feed.reset().observation() : step.observation();
    }
    return out;
  }

  @Test
  void chainsFollowTheEpisodeAndStopAtItsEndOrTheNewestTransition() {
    ReplayLinks links = new ReplayLinks(64, 10, Object::hashCode);
    List<FeedTransition> ts = play(40, links);
    int end = 0;
    while (!ts.get(end).done()) {
      end++;
    }
    // From the first page: n = 3 sums three item rewards with γ = 0.5.
    ReplayLinks.Chain chain = links.chain(0, 3, 0.5);
    double expected = itemReward(ts.get(0)) + 0.5 * itemReward(ts.get(1)) + 0.25 * itemReward(ts.get(2));
    assertThat(chain.discountedRewards()).isCloseTo(expected, within(1e-12));
    assertThat(chain.steps()).isEqualTo(end >= 2 ? 3 : end + 1);
    // The chain never crosses the episode's end, whose slot has no next slate.
    assertThat(links.chain(end, 5, 0.5).steps()).isEqualTo(1);
    assertThat(links.slateShownNext(end)).isNull();
    assertThat(links.slateShownNext(0)).containsExactly(ts.get(1).slate().toArray());
    // The newest transition has no successor yet.
    assertThat(links.slateShownNext(39)).isNull();
    assertThat(links.chain(39, 5, 0.5).lastSlot()).isEqualTo(39);
  }

  @Test
  void aPageWithoutClicksCarriesItsWholeRewardAndOneWithClicksSplitsIt() {
    for (FeedTransition t : play(30, null)) {
      int clicks = t.feedback().clicks();
      assertThat(itemReward(t)).isEqualTo(clicks == 0 ? t.reward() : t.reward() / clicks);
    }
    assertThat(ReplayLinks.itemReward(3.0, 2)).isEqualTo(1.5);
    assertThat(ReplayLinks.itemReward(-0.5, 0)).isEqualTo(-0.5);
  }

  private static double itemReward(FeedTransition t) {
    return ReplayLinks.itemReward(t.reward(), t.feedback().clicks());
  }
}
