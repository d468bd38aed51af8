package io.feedgym.agents.ddpg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Hausknecht and Stone (2016), Sec. 4.3.3, on hand-made values in the box [-1, 1]. */
class InvertingGradientsTest {

  @Test
  void anIncreasingGradientIsScaledByTheDistanceToTheUpperBound() {
    // (p_max − p) / (p_max − p_min): p = 0 → 1/2, p = 0.5 → 1/4, p = −1 → 1, p = 1 → 0.
    float[] g = {2, 2, 2, 2};
    InvertingGradients.apply(g, new float[] {0, 0.5f, -1, 1});
    assertThat(g).containsExactly(new float[] {1, 0.5f, 2, 0}, within(1e-6f));
  }

  @Test
  void aDecreasingGradientIsScaledByTheDistanceToTheLowerBound() {
    // (p − p_min) / (p_max − p_min): p = 0 → 1/2, p = 0.5 → 3/4, p = 1 → 1, p = −1 → 0.
    float[] g = {-2, -2, -2, -2};
    InvertingGradients.apply(g, new float[] {0, 0.5f, 1, -1});
    assertThat(g).containsExactly(new float[] {-1, -1.5f, -2, 0}, within(1e-6f));
  }

  @Test
  void beyondABoundTheGradientIsInvertedSoThatItPushesBack() {
    // p = 1.5 > p_max, the critic says increase: (1 − 1.5)/2 = −0.25, so the step decreases p.
    // p = −1.5 < p_min, the critic says decrease: (−1.5 + 1)/2 = −0.25, so the step increases p.
    // Beyond a bound, a gradient heading back inside is amplified: p = 1.5, decrease: (1.5 + 1)/2 = 1.25.
    float[] g = {4, -4, -4};
    InvertingGradients.apply(g, new float[] {1.5f, -1.5f, 1.5f});
    assertThat(g).containsExactly(new float[] {-1, 1, -5}, within(1e-6f));
  }

  @Test
  void aZeroGradientStaysZeroAndLengthsMustMatch() {
    float[] g = {0};
    InvertingGradients.apply(g, new float[] {3});
    assertThat(g[0]).isCloseTo(0, within(0f));
    assertThatThrownBy(() -> InvertingGradients.apply(new float[2], new float[3]))
        .hasMessage("gradient has 2 entries, p has 3");
  }
}
