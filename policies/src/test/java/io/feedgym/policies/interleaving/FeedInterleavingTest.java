package io.feedgym.policies.interleaving;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedgym.env.Step;
import io.feedgym.env.feed.Feed;
import io.feedgym.env.feed.FeedConfig;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feed.RankingWeights;
import io.feedgym.env.feedback.Feedback;
import io.feedgym.random.SplitMix;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On {@code feed-v0}, the oracle ranker (true click probabilities) beats the popularity ranker in interleaved
 * comparisons.
 */
class FeedInterleavingTest {
  private static final int PAGES = 300;

  static Stream<Interleaving> interleavings() {
    return Stream.of(new TeamDraftInterleaving(), new ProbabilisticInterleaving());
  }

  @ParameterizedTest
  @MethodSource("interleavings")
  void theOracleWinsMoreComparisonsThanPopularity(Interleaving interleaving) {
    Feed feed = new Feed(FeedConfig.defaults());
    int k = feed.actionSpace().k();
    SplitMix random = new SplitMix(17);
    long episode = 0;
    FeedObservation observation = feed.reset(episode).observation();
    int[] wins = new int[2];
    for (int page = 0; page < PAGES; page++) {
      int[] popularity = ranking(observation, popularityScores(observation));
      int[] oracle = ranking(observation, feed.clickProbabilities());
      Interleaved shown = interleaving.interleave(popularity, oracle, k, random);
      Step<FeedObservation> step = feed.step(shown.items());
      Feedback feedback = (Feedback) step.info().get(Feedback.INFO_KEY);
      boolean[] clicked = new boolean[k];
      for (int position = 0; position < k; position++) {
        clicked[position] = feedback.positions().get(position).clicked();
      }
      int preference = interleaving.credit(shown, clicked).preference();
      if (preference != 0) {
        wins[(preference + 1) / 2]++;
      }
      observation = step.done() ? feed.reset(++episode).observation() : step.observation();
    }

    // Sign test: with no true preference, oracle wins − popularity wins has mean 0 and se √(decided).
    assertThat(wins[1] - wins[0]).as("%s: popularity wins %d, oracle wins %d", interleaving, wins[0], wins[1])
        .isGreaterThan((int) (3 * Math.sqrt(wins[0] + wins[1])));
  }

  /** Every available candidate, highest {@code scores} first (ties to the lower index). */
  private static int[] ranking(FeedObservation observation, double[] scores) {
    int available = (int) IntStream.range(0, observation.numCandidates()).filter(observation::available).count();
    return RankingWeights.topK(observation, scores, available);
  }

  private static double[] popularityScores(FeedObservation observation) {
    return IntStream.range(0, observation.numCandidates())
        .mapToDouble(c -> observation.feature(c, FeedObservation.POPULARITY)).toArray();
  }
}
