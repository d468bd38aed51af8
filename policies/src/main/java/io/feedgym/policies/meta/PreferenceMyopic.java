package io.feedgym.policies.meta;

import io.feedgym.config.Checks;
import io.feedgym.env.feed.Feed;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feed.RankingWeights;
import io.feedgym.policies.Policy;
import java.util.function.Function;

/**
 * Myopic ranking with a preference: shows the K available candidates with the highest
 * logit(predicted_ctr) + affinity_weight · û·ẽ, best first, where ẽ is the candidate's observed embedding
 * and û a preference vector. For a cold-start user the predicted CTR holds everything of the click logit
 * but the affinity (its affinity term is a constant), so with û the true preference and affinity_weight the
 * feed's {@code click_affinity} the score is the click logit up to a constant and the ranking maximises the
 * page's expected clicks. {@link #contextual} takes û from the trial's {@link TaskContext} (the
 * {@code context-myopic} baseline), {@link #cohortOracle} the true cohort prototype (the {@code cohort-oracle}
 * reference). Not thread-safe: the contextual policy keeps the trial's context, and the oracle reads the feed.
 */
public final class PreferenceMyopic implements Policy<FeedObservation, int[]> {
  /** {@code feed-v0}'s {@code click_affinity}, the default affinity weight. */
  public static final double CLICK_AFFINITY = 3.0;

  private final Function<FeedObservation, double[]> preference;
  private final double affinityWeight;
  private final int slateSize;
  private final String name;

  private PreferenceMyopic(Function<FeedObservation, double[]> preference, double affinityWeight, int slateSize,
      String name) {
    Checks.nonNegative("affinity_weight", affinityWeight);
    Checks.atLeast("slate_size", slateSize, 1);
    this.preference = preference;
    this.affinityWeight = affinityWeight;
    this.slateSize = slateSize;
    this.name = name;
  }

  /**
   * The context-myopic baseline: û is {@code context}'s preference estimate after it has
   * {@linkplain TaskContext#observe observed} the page, so the policy resets itself at each trial's start.
   */
  public static PreferenceMyopic contextual(TaskContext context, double affinityWeight, int slateSize) {
    return new PreferenceMyopic(page -> {
      context.observe(page);
      return context.preference();
    }, affinityWeight, slateSize, "context");
  }

  /** The cohort-oracle reference: û is the true prototype of the current user's cohort ({@link Feed#cohortPrototype()}). */
  public static PreferenceMyopic cohortOracle(Feed feed, double affinityWeight) {
    return new PreferenceMyopic(page -> feed.cohortPrototype(), affinityWeight, feed.actionSpace().k(),
        "cohort prototype");
  }

  @Override
  public int[] act(FeedObservation page) {
    double[] u = preference.apply(page);
    double[] scores = new double[page.numCandidates()];
    for (int c = 0; c < scores.length; c++) {
      double ctr = page.feature(c, FeedObservation.PREDICTED_CTR);
      double affinity = 0;
      for (int j = 0; j < u.length; j++) {
        affinity += u[j] * page.feature(c, FeedObservation.EMBEDDING + j);
      }
      scores[c] = Math.log(ctr) - Math.log1p(-ctr) + affinityWeight * affinity;
    }
    return RankingWeights.topK(page, scores, slateSize);
  }

  @Override
  public String toString() {
    return "PreferenceMyopic(" + name + ", affinity_weight=" + affinityWeight + ", k=" + slateSize + ")";
  }
}
