package io.feedgym.offline.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.feedgym.env.feed.FeedObservation;
import io.feedgym.random.SplitMix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The logging policies' propensities are exact: over all ordered slates of a small page they sum to one, each
 * slate's is the product of its per-position propensities, and they match the frequencies of 200,000 draws.
 */
class LoggingPolicyTest {
  private static final int K = 3;

  /** Five candidates, candidate 3 out of stock, predicted CTRs 0.1, 0.4, 0.2, 0.9, 0.3. */
  private static FeedObservation page() {
    double[] ctr = {0.1, 0.4, 0.2, 0.9, 0.3};
    int width = FeedObservation.EMBEDDING;
    double[] features = new double[ctr.length * width];
    for (int c = 0; c < ctr.length; c++) {
      features[c * width + FeedObservation.PREDICTED_CTR] = ctr[c];
    }
    return FeedObservation.of(new double[] {1}, new double[] {0}, features, new int[5], new int[] {10, 11, 12, 13, 14},
        new boolean[] {true, true, true, false, true});
  }

  static Stream<LoggingPolicy> policies() {
    Scorer logit = Scorer.of("predicted_ctr_logit");
    return Stream.of(new EpsilonGreedySlates(logit, 0.3, K), new EpsilonGreedySlates(logit, 1.0, K),
        new PlackettLuceSlates(logit, 1.0, K), new PlackettLuceSlates(Scorer.of("predicted_ctr"), 0.1, K));
  }

  /** Every ordered slate of K distinct available candidates. */
  private static List<int[]> slates(FeedObservation page) {
    List<int[]> out = new ArrayList<>();
    collect(page, new int[K], 0, out);
    return out;
  }

  private static void collect(FeedObservation page, int[] prefix, int k, List<int[]> out) {
    if (k == K) {
      out.add(prefix.clone());
      return;
    }
    for (int c = 0; c < page.numCandidates(); c++) {
      final int candidate = c;
      if (page.available(c) && Arrays.stream(prefix, 0, k).noneMatch(x -> x == candidate)) {
        prefix[k] = c;
        collect(page, prefix, k + 1, out);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("policies")
  void slatePropensitiesSumToOneAndChainThePositions(LoggingPolicy policy) {
    FeedObservation page = page();
    double total = 0;
    for (int[] slate : slates(page)) {
      SlateDraw draw = policy.probabilities(page, slate);
      double chained = Arrays.stream(draw.propensities().toArray()).reduce(1, (a, b) -> a * b);
      assertThat(draw.slatePropensity()).isCloseTo(chained, within(1e-15));
      total += draw.slatePropensity();
    }
    assertThat(slates(page)).hasSize(24);
    assertThat(total).isCloseTo(1.0, within(1e-12));
  }

  @ParameterizedTest
  @MethodSource("policies")
  void propensitiesMatchTheFrequencyOfDraws(LoggingPolicy policy) {
    FeedObservation page = page();
    SplitMix random = new SplitMix(5);
    int draws = 200_000;
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < draws; i++) {
      SlateDraw draw = policy.draw(page, random);
      assertThat(draw.slatePropensity()).isEqualTo(policy.probabilities(page, draw.slate().toArray()).slatePropensity());
      counts.merge(Arrays.toString(draw.slate().toArray()), 1, Integer::sum);
    }
    for (int[] slate : slates(page)) {
      double p = policy.probabilities(page, slate).slatePropensity();
      double frequency = counts.getOrDefault(Arrays.toString(slate), 0) / (double) draws;
      // Five standard errors of a frequency, plus a floor for the rarest slates.
      assertThat(frequency).as("slate %s", Arrays.toString(slate))
          .isCloseTo(p, within(5 * Math.sqrt(p * (1 - p) / draws) + 1e-5));
    }
  }

  @ParameterizedTest
  @MethodSource("policies")
  void firstPositionPropensityIsTheMarginalOfTheTopItem(LoggingPolicy policy) {
    FeedObservation page = page();
    double[] marginal = new double[page.numCandidates()];
    for (int[] slate : slates(page)) {
      marginal[slate[0]] += policy.probabilities(page, slate).slatePropensity();
    }
    for (int[] slate : slates(page)) {
      assertThat(policy.probabilities(page, slate).propensities().get(0)).isCloseTo(marginal[slate[0]],
          within(1e-12));
    }
  }
}
