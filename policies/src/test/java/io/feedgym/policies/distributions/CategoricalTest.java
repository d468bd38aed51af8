package io.feedgym.policies.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.feedgym.random.SplitMix;
import org.junit.jupiter.api.Test;

class CategoricalTest {
  private static final double[] LOGITS = {1.0, 3.0, -0.5, 0.2};
  private static final boolean[] MASK = {true, false, true, true};

  @Test
  void masksActionsAndNormalisesOverTheRest() {
    double total = Math.exp(1.0) + Math.exp(-0.5) + Math.exp(0.2);
    double[] p = Categorical.probabilities(LOGITS, MASK);
    assertThat(p[0]).isCloseTo(Math.exp(1.0) / total, within(1e-12));
    assertThat(p[1]).isZero();
    assertThat(Categorical.logProb(LOGITS, MASK, 2)).isCloseTo(-0.5 - Math.log(total), within(1e-12));
    double entropy = 0;
    for (double pj : p) {
      entropy -= pj > 0 ? pj * Math.log(pj) : 0;
    }
    assertThat(Categorical.entropy(LOGITS, MASK)).isCloseTo(entropy, within(1e-12));
    assertThat(Categorical.mode(LOGITS, MASK)).isZero();
    assertThatThrownBy(() -> Categorical.logProb(LOGITS, MASK, 1)).hasMessage("action 1 is not available");
  }

  @Test
  void samplingFrequenciesMatchTheProbabilities() {
    SplitMix random = new SplitMix(7);
    int draws = 100_000;
    int[] counts = new int[LOGITS.length];
    for (int n = 0; n < draws; n++) {
      counts[Categorical.sample(LOGITS, MASK, random)]++;
    }
    double[] p = Categorical.probabilities(LOGITS, MASK);
    for (int j = 0; j < p.length; j++) {
      assertThat(counts[j] / (double) draws).isCloseTo(p[j], within(5 * Math.sqrt(p[j] * (1 - p[j]) / draws) + 1e-4));
    }
  }

  @Test
  void gradientMatchesFiniteDifferences() {
    double[] gradient = new double[LOGITS.length];
    Categorical.addGradient(LOGITS, MASK, 3, 1.3, 0.4, gradient);
    double h = 1e-6;
    for (int j = 0; j < LOGITS.length; j++) {
      double[] up = LOGITS.clone();
      double[] down = LOGITS.clone();
      up[j] += h;
      down[j] -= h;
      double numeric = (1.3 * (Categorical.logProb(up, MASK, 3) - Categorical.logProb(down, MASK, 3))
          + 0.4 * (Categorical.entropy(up, MASK) - Categorical.entropy(down, MASK))) / (2 * h);
      assertThat(gradient[j]).as("∂/∂z_%s", j).isCloseTo(numeric, within(1e-6));
    }
  }
}
