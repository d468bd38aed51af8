package io.feedgym.agents.offline;

import com.google.common.collect.ImmutableList;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feed.FeedObservationSpace;
import io.feedgym.env.feedback.PositionFeedback;
import io.feedgym.replay.feed.FeedTransition;
import java.util.List;

/**
 * A fixed set of logged episodes, each a list of page transitions in order (as {@code TransitionConverter}
 * makes them from a log), that offline agents sample minibatches from. It knows the episodes' order, so it
 * forms SlateQ's n-step item-wise returns along them ({@link #chain}). Immutable and thread-safe.
 */
public final class OfflineDataset {
  private final ImmutableList<ImmutableList<FeedTransition>> episodes;
  private final int[] episodeOf;
  private final int[] stepOf;

  /**
   * The n-step continuation of a page: Σ_{k<m} γ^k ρ_{t+k} with ρ = R / max(c, 1) the page's item reward
   * (R its reward, c its clicks), m the pages summed, whether page t+m−1 terminated the episode, and the page
   * to bootstrap from (page t+m−1's next observation; unused when terminated).
   */
  public record Chain(double discountedItemRewards, int steps, boolean terminated, FeedObservation next) {}

  private OfflineDataset(ImmutableList<ImmutableList<FeedTransition>> episodes) {
    this.episodes = episodes;
    int pages = episodes.stream().mapToInt(List::size).sum();
    this.episodeOf = new int[pages];
    this.stepOf = new int[pages];
    int i = 0;
    for (int e = 0; e < episodes.size(); e++) {
      for (int t = 0; t < episodes.get(e).size(); t++) {
        episodeOf[i] = e;
        stepOf[i++] = t;
      }
    }
  }

  /** The dataset of {@code episodes}; it must hold at least one page, and an empty episode is an error. */
  public static OfflineDataset of(List<? extends List<FeedTransition>> episodes) {
    ImmutableList.Builder<ImmutableList<FeedTransition>> copy = ImmutableList.builder();
    for (int e = 0; e < episodes.size(); e++) {
      if (episodes.get(e).isEmpty()) {
        throw new IllegalArgumentException("episode " + e + " has no pages");
      }
      copy.add(ImmutableList.copyOf(episodes.get(e)));
    }
    ImmutableList<ImmutableList<FeedTransition>> all = copy.build();
    if (all.isEmpty()) {
      throw new IllegalArgumentException("an offline dataset needs at least one logged page, found none");
    }
    return new OfflineDataset(all);
  }

  /** Pages (transitions) in all. */
  public int pages() {
    return episodeOf.length;
  }

  /** Episodes in all. */
  public int episodes() {
    return episodes.size();
  }

  /** The transition of page {@code index} (0 ≤ index < {@link #pages()}, episodes in order). */
  public FeedTransition page(int index) {
    return episodes.get(episodeOf[index]).get(stepOf[index]);
  }

  /** Page {@code index}'s item reward ρ = R / max(c, 1). */
  static double itemReward(FeedTransition t) {
    long clicks = t.feedback().positions().stream().filter(PositionFeedback::clicked).count();
    return t.reward() / Math.max(clicks, 1);
  }

  /** The continuation of page {@code index} over at most {@code n} pages of its episode, discounted by {@code gamma}. */
  public Chain chain(int index, int n, double gamma) {
    List<FeedTransition> episode = episodes.get(episodeOf[index]);
    int t = stepOf[index];
    int m = Math.min(n, episode.size() - t);
    double sum = 0;
    double discount = 1;
    for (int k = 0; k < m; k++) {
      sum += discount * itemReward(episode.get(t + k));
      discount *= gamma;
    }
    FeedTransition last = episode.get(t + m - 1);
    return new Chain(sum, m, last.terminated(), last.nextObservation());
  }

  /**
   * Checks that every page can be scored by an item-wise agent for {@code space} with slates of {@code k}: the
   * page lists the same {@code num_candidates} candidates with the same features (a log written with
   * {@code --candidates all}), and its logged slate has k items. The message names the agent, the episode
   * and the page.
   */
  public void requireFits(String agent, FeedObservationSpace space, int k) {
    for (int i = 0; i < pages(); i++) {
      FeedTransition t = page(i);
      FeedObservation o = t.observation();
      String where = "episode " + episodeOf[i] + ", page " + stepOf[i];
      if (o.numCandidates() != space.numCandidates()) {
        throw new IllegalArgumentException(agent + " scores every candidate of a page and needs the page's whole "
            + "candidate set (" + space.numCandidates() + " candidates; log with --candidates all), found "
            + o.numCandidates() + " candidates at " + where);
      }
      if (!space.contains(o)) {
        throw new IllegalArgumentException(agent + ": the page at " + where + " is not an observation of " + space
            + " (" + o.numFeatures() + " features per candidate, " + o.user().length + " user features, "
            + o.context().length + " context entries)");
      }
      if (t.slate().length() != k) {
        throw new IllegalArgumentException(agent + " learns slates of " + k + " items, found a slate of "
            + t.slate().length() + " at " + where);
      }
    }
  }
}
