package io.feedgym.offline.convert;

import com.google.common.collect.ImmutableList;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.offline.LoggedPage;
import io.feedgym.offline.LoggedSession;
import io.feedgym.replay.feed.FeedTransition;
import io.feedgym.rewards.RewardBreakdown;
import io.feedgym.rewards.RewardFunction;
import io.feedgym.rewards.RewardInput;
import io.feedgym.rewards.registry.Rewards;
import java.util.Objects;

/**
 * Turns a logged session into page-level transitions: s is page t's observation, the action its slate, r the
 * reward function of {@code RewardInput(s, slate, feedback, s′)} — the input {@code ComputeReward} builds
 * online, so a registry reward gives the same number offline — and s′ page t+1's observation. A session is
 * an episode: its last page is terminated when the user left and truncated otherwise (the log stopped, or
 * the page cap). The log holds no page after the last one, so the last transition's s′ is its own s; an
 * agent must not bootstrap from it when terminated, and a truncated session's bootstrap is therefore an
 * approximation. Immutable and thread-safe when the reward is.
 */
public final class TransitionConverter {
  private final RewardFunction<Object, Object> reward;

  /** Rewards transitions with {@code reward}. */
  public TransitionConverter(RewardFunction<Object, Object> reward) {
    this.reward = Objects.requireNonNull(reward, "reward");
  }

  /** Rewards transitions with the weighted sum {@code spec} of registered rewards, e.g. {@code clicks:1,purchases:2}. */
  public static TransitionConverter of(String spec) {
    return new TransitionConverter(Rewards.parse(spec));
  }

  /** The transitions of {@code session}, one per page, in order. */
  public ImmutableList<LoggedTransition> convert(LoggedSession session) {
    ImmutableList.Builder<LoggedTransition> out = ImmutableList.builder();
    var pages = session.pages();
    for (int t = 0; t < pages.size(); t++) {
      LoggedPage page = pages.get(t);
      boolean last = t == pages.size() - 1;
      FeedObservation next = last ? page.observation() : pages.get(t + 1).observation();
      int[] slate = page.slate().toArray();
      RewardBreakdown terms = reward.explain(new RewardInput<>(page.observation(), slate, page.feedback(), next));
      boolean left = page.feedback().left();
      FeedTransition transition = new FeedTransition(page.observation(), page.slate(), terms.total(), next,
          last && left, last && !left, page.feedback());
      out.add(new LoggedTransition(transition, terms, page));
    }
    return out.build();
  }
}
