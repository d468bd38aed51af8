package io.feedgym.offline.ope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.feedgym.env.feed.FeedObservation;
import io.feedgym.offline.logging.EpsilonGreedySlates;
import io.feedgym.offline.logging.LoggingPolicy;
import io.feedgym.offline.logging.PlackettLuceSlates;
import io.feedgym.offline.logging.Scorer;
import io.feedgym.offline.logging.SlateDraw;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** Targets' probabilities, and the pseudo-inverse weight against Γ built by enumerating every slate. */
class SlatePoliciesTest {
  private static final FeedObservation PAGE = TinyLogs.observation(new double[] {0.3, 0.1, 0.9, 0.2, 0.5});

  /** The same policy hidden behind the generic interface, so that its marginals are enumerated generically. */
  private static LoggingPolicy opaque(LoggingPolicy policy) {
    return new LoggingPolicy() {
      @Override
      public SlateDraw draw(FeedObservation page, RandomGenerator random) {
        return policy.draw(page, random);
      }

      @Override
      public SlateDraw probabilities(FeedObservation page, int[] slate) {
        return policy.probabilities(page, slate);
      }

      @Override
      public int slateSize() {
        return policy.slateSize();
      }
    };
  }

  @Test
  void marginalsAgreeWithTheGenericEnumeration() {
    for (LoggingPolicy policy : new LoggingPolicy[] {new PlackettLuceSlates(Scorer.of("predicted_ctr"), 0.3, 3),
        new EpsilonGreedySlates(Scorer.of("predicted_ctr"), 0.4, 3)}) {
      double[][] fast = new StochasticSlates("fast", policy).marginals(PAGE, 3);
      double[][] slow = new StochasticSlates("slow", opaque(policy)).marginals(PAGE, 3);
      for (int k = 0; k < 3; k++) {
        double total = 0;
        for (int c = 0; c < 5; c++) {
          assertThat(fast[k][c]).isCloseTo(slow[k][c], within(1e-12));
          total += fast[k][c];
        }
        assertThat(total).isCloseTo(1, within(1e-12));
      }
    }
  }

  @Test
  void uniformAndDeterministicProbabilities() {
    assertThat(new UniformSlates().conditionals(PAGE, new int[] {4, 0, 2})).containsExactly(1.0 / 5, 1.0 / 4, 1.0 / 3);
    assertThat(new UniformSlates().marginals(PAGE, 2)[1][3]).isEqualTo(0.2);
    SlatePolicy fixed = TinyLogs.always(2, 0, 1);
    assertThat(fixed.conditionals(PAGE, new int[] {2, 0, 4})).containsExactly(1.0, 1.0, 0.0);
    assertThat(fixed.conditionals(PAGE, new int[] {0, 2, 1})).containsExactly(0.0, 0.0, 0.0);
    assertThat(fixed.marginals(PAGE, 3)[1]).containsExactly(1.0, 0, 0, 0, 0);
  }

  @Test
  void plackettLuceMarginalsOfLargePagesAreRefused() {
    FeedObservation big = TinyLogs.observation(new double[100]);
    assertThatThrownBy(() -> new StochasticSlates("softmax", new PlackettLuceSlates(Scorer.of("predicted_ctr"), 1, 10))
        .marginals(big, 10)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("marginals of softmax have no closed form");
  }

  @Test
  void itemFrequenciesPerSlot() {
    // slot 0 (context_0 = 0, the tiny pages' context) showed items 101, 101, 102 at the top: 2/3 and 1/3
    var log = java.util.List.of(TinyLogs.single(0, 3, 1, 0.5, true), TinyLogs.single(1, 3, 1, 0.5, false),
        TinyLogs.single(2, 3, 2, 0.5, false));
    ItemFrequencies bts = ItemFrequencies.of("bts", log);
    FeedObservation page = TinyLogs.observation(3);
    assertThat(bts.marginals(page, 1)[0]).containsExactly(0.0, 2.0 / 3, 1.0 / 3);
    assertThat(bts.conditionals(page, new int[] {2})).containsExactly(1.0 / 3);
    assertThatThrownBy(() -> bts.marginals(page, 2)).hasMessageContaining("one-slot policy");
  }

  @Test
  void targetsByName() {
    assertThat(Targets.parse("softmax:0.5", 3).name()).isEqualTo("softmax:0.5");
    assertThat(Targets.parse("epsilon-greedy:0", 3).deterministic()).isTrue();
    assertThat(Targets.parse("myopic", 3).conditionals(PAGE, new int[] {2, 4, 0})).containsExactly(1.0, 1.0, 1.0);
    assertThatThrownBy(() -> Targets.parse("oracle", 3)).hasMessageContaining("cannot be a target");
    assertThatThrownBy(() -> Targets.parse("softmax:hot", 3)).hasMessageContaining("expected a number");
    assertThatThrownBy(() -> Targets.parse("softmax:-1", 3)).hasMessageContaining("temperature");
    assertThatThrownBy(() -> Targets.parse("best", 3)).hasMessageContaining("unknown policy 'best'");
  }

  /** E_μ[w(s) 1_s] = Γ z = q: the closed-form weight solves PI's normal equations exactly (m = 5, K = 3). */
  @Test
  void pseudoInverseWeightSolvesTheNormalEquations() {
    int m = 5;
    int k = 3;
    double[][] q = new StochasticSlates("softmax", new PlackettLuceSlates(Scorer.of("predicted_ctr"), 0.2, k))
        .marginals(PAGE, k);
    double[][] expected = new double[k][m];
    double slates = m * (m - 1) * (m - 2);
    for (int a = 0; a < m; a++) {
      for (int b = 0; b < m; b++) {
        for (int c = 0; c < m; c++) {
          if (a == b || b == c || a == c) {
            continue;
          }
          int[] s = {a, b, c};
          double w = PseudoInverse.weight(q, s, m);
          for (int j = 0; j < k; j++) {
            expected[j][s[j]] += w / slates;
          }
        }
      }
    }
    for (int j = 0; j < k; j++) {
      for (int c = 0; c < m; c++) {
        assertThat(expected[j][c]).as("position %d, candidate %d", j, c).isCloseTo(q[j][c], within(1e-12));
      }
    }
  }
}
