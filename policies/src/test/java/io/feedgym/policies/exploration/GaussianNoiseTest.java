package io.feedgym.policies.exploration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.feedgym.env.spaces.Box;
import org.junit.jupiter.api.Test;

class GaussianNoiseTest {

  @Test
  void samplesAreIndependentWithStandardDeviationSigma() {
    var noise = new GaussianNoise(0.3, 2, 4);
    int n = 100_000;
    double sum = 0;
    double squares = 0;
    double lagged = 0;
    double previous = 0;
    for (int t = 0; t < n; t++) {
      double x = noise.sample()[0];
      sum += x;
      squares += x * x;
      lagged += x * previous;
      previous = x;
    }
    // Standard errors: mean 0.3/√n ≈ 0.001, std 0.3/√(2n) ≈ 0.0007, lag-1 correlation 1/√n ≈ 0.003.
    assertThat(sum / n).isCloseTo(0, within(0.004));
    assertThat(Math.sqrt(squares / n)).isCloseTo(0.3, within(0.003));
    assertThat(lagged / squares).isCloseTo(0, within(0.012));
  }

  @Test
  void noisyActionsStayInsideTheBoxAndRestoreRepeatsTheDraws() {
    Box box = Box.uniform(-1, 1, 3);
    var noise = new GaussianNoise(2.0, 3, 9);
    var noisy = new NoisyActions<String>(observation -> new double[] {0.9, 0.0, -0.9}, noise, box);
    int clippedHigh = 0;
    for (int t = 0; t < 1000; t++) {
      double[] action = noisy.act("s");
      assertThat(box.contains(action)).isTrue();
      clippedHigh += action[0] == 1.0 ? 1 : 0;
    }
    // P(0.9 + 2ε > 1) = P(ε > 0.05) ≈ 0.48.
    assertThat(clippedHigh).isBetween(430, 530);
    ActionNoise.State saved = noise.state();
    double[] next = noisy.act("s");
    var restored = new GaussianNoise(2.0, 3, 1);
    restored.restore(saved);
    assertThat(new NoisyActions<String>(observation -> new double[] {0.9, 0.0, -0.9}, restored, box).act("s"))
        .containsExactly(next);
  }
}
