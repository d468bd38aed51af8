package io.feedgym.policies.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.feedgym.random.SplitMix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlackettLuceTest {
  private static final double[] SCORES = {0.3, -1.2, 2.0, 0.0, 0.7};
  private static final boolean[] MASK = {true, true, true, false, true};

  /** Every ordered slate of k distinct available items out of {@link #SCORES}. */
  private static List<int[]> slates(int k) {
    List<int[]> out = new ArrayList<>();
    enumerate(new int[k], 0, out);
    return out;
  }

  private static void enumerate(int[] prefix, int position, List<int[]> out) {
    if (position == prefix.length) {
      out.add(prefix.clone());
      return;
    }
    for (int item = 0; item < SCORES.length; item++) {
      final int candidate = item;
      if (MASK[item] && Arrays.stream(prefix, 0, position).noneMatch(i -> i == candidate)) {
        prefix[position] = item;
        enumerate(prefix, position + 1, out);
      }
    }
  }

  /** P(slate) from the definition: Π_k w_{a_k} / (Σ_{available} w − Σ_{i<k} w_{a_i}), w = exp(s). */
  private static double bruteForce(int[] slate) {
    double total = 0;
    for (int j = 0; j < SCORES.length; j++) {
      total += MASK[j] ? Math.exp(SCORES[j]) : 0;
    }
    double p = 1;
    for (int item : slate) {
      p *= Math.exp(SCORES[item]) / total;
      total -= Math.exp(SCORES[item]);
    }
    return p;
  }

  @Test
  void logProbabilitiesMatchTheDefinitionAndSumToOne() {
    for (int k = 1; k <= 4; k++) {
      double sum = 0;
      for (int[] slate : slates(k)) {
        double p = Math.exp(PlackettLuce.logProb(SCORES, MASK, slate));
        assertThat(p).as("slate %s", Arrays.toString(slate)).isCloseTo(bruteForce(slate), within(1e-12));
        sum += p;
      }
      assertThat(sum).as("k=%s", k).isCloseTo(1.0, within(1e-12));
    }
    assertThat(slates(3)).hasSize(4 * 3 * 2);
  }

  @Test
  void samplingFrequenciesMatchTheProbabilities() {
    SplitMix random = new SplitMix(42);
    int draws = 100_000;
    Map<String, Integer> counts = new HashMap<>();
    for (int n = 0; n < draws; n++) {
      int[] slate = PlackettLuce.sample(SCORES, MASK, 2, random);
      assertThat(MASK[slate[0]] && MASK[slate[1]] && slate[0] != slate[1]).isTrue();
      counts.merge(Arrays.toString(slate), 1, Integer::sum);
    }
    for (int[] slate : slates(2)) {
      double p = bruteForce(slate);
      double frequency = counts.getOrDefault(Arrays.toString(slate), 0) / (double) draws;
      // Five standard deviations of a frequency; sampling with replacement or ignoring the mask is far off.
      assertThat(frequency).as("slate %s", Arrays.toString(slate))
          .isCloseTo(p, within(5 * Math.sqrt(p * (1 - p) / draws) + 1e-4));
    }
  }

  @Test
  void entropyEstimateIsUnbiasedForTheExactEntropy() {
    double exact = 0;
    double expectedEstimate = 0;
    for (int[] slate : slates(3)) {
      double p = bruteForce(slate);
      exact -= p * Math.log(p);
      expectedEstimate += p * PlackettLuce.entropy(SCORES, MASK, slate);
    }
    assertThat(expectedEstimate).isCloseTo(exact, within(1e-10));
  }

  @Test
  void gradientMatchesFiniteDifferences() {
    int[] slate = {4, 0, 1};
    double dLogProb = 0.7;
    double dEntropy = -0.3;
    double[] gradient = new double[SCORES.length];
    PlackettLuce.addGradient(SCORES, MASK, slate, dLogProb, dEntropy, gradient);
    double h = 1e-6;
    for (int j = 0; j < SCORES.length; j++) {
      double[] up = SCORES.clone();
      double[] down = SCORES.clone();
      up[j] += h;
      down[j] -= h;
      double numeric = (objective(up, slate, dLogProb, dEntropy) - objective(down, slate, dLogProb, dEntropy)) / (2 * h);
      assertThat(gradient[j]).as("∂/∂s_%s", j).isCloseTo(numeric, within(1e-6));
    }
    assertThat(gradient[3]).as("an unavailable item gets no gradient").isZero();
  }

  private static double objective(double[] scores, int[] slate, double dLogProb, double dEntropy) {
    return dLogProb * PlackettLuce.logProb(scores, MASK, slate) + dEntropy * PlackettLuce.entropy(scores, MASK, slate);
  }

  @Test
  void modeIsTheTopKAvailableInScoreOrder() {
    assertThat(PlackettLuce.mode(SCORES, MASK, 3)).containsExactly(2, 4, 0);
    assertThatThrownBy(() -> PlackettLuce.mode(SCORES, MASK, 5)).hasMessageContaining("k=5 needs 1..k available");
  }
}
