package io.feedgym.networks.clickmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PairedBootstrapTest {

  /** Rows of {@code sessions} sessions of 5 rows; model a sees the click through noise of scale 1, model b of 3. */
  private static float[][] data(int sessions, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = sessions * 5;
    float[][] out = new float[3][n];
    for (int r = 0; r < n; r++) {
      double signal = random.nextDouble() < 0.3 ? 1 : 0;
      out[0][r] = (float) signal;
      out[1][r] = (float) (1 / (1 + Math.exp(-(signal + random.nextGaussian()))));
      out[2][r] = (float) (1 / (1 + Math.exp(-(signal + 3 * random.nextGaussian()))));
    }
    return out;
  }

  private static int[] starts(int sessions) {
    int[] starts = new int[sessions];
    for (int s = 0; s < sessions; s++) {
      starts[s] = 5 * s;
    }
    return starts;
  }

  @Test
  void identicalModelsDifferByExactlyNothing() {
    float[][] d = data(50, 1);
    PairedBootstrap b = PairedBootstrap.aucDifference(d[1], d[1], d[0], starts(50), 100, 7);
    assertThat(b.difference()).isZero();
    assertThat(b.standardError()).isZero();
  }

  /**
   * The less noisy model wins by many standard errors, the same seed gives the same error, and four times the
   * sessions halve it (the 1/√n law, within 25%).
   */
  @Test
  void theStandardErrorSeparatesABetterModelAndShrinksLikeOneOverRootN() {
    float[][] small = data(200, 2);
    PairedBootstrap b = PairedBootstrap.aucDifference(small[1], small[2], small[0], starts(200), 300, 7);
    assertThat(b.difference()).isGreaterThan(0.1);
    assertThat(b.difference() / b.standardError()).isGreaterThan(4);
    assertThat(PairedBootstrap.aucDifference(small[1], small[2], small[0], starts(200), 300, 7)).isEqualTo(b);
    float[][] large = data(800, 3);
    PairedBootstrap l = PairedBootstrap.aucDifference(large[1], large[2], large[0], starts(800), 300, 7);
    assertThat(l.standardError() / b.standardError()).isCloseTo(0.5, within(0.125));
  }

  @Test
  void malformedSessionsAreRefused() {
    float[][] d = data(4, 1);
    assertThatThrownBy(() -> PairedBootstrap.aucDifference(d[1], d[2], d[0], new int[] {0, 5, 5, 15}, 10, 1))
        .hasMessage("session 1 is empty or out of order: rows 5 to 5");
    assertThatThrownBy(() -> PairedBootstrap.aucDifference(d[1], d[2], d[0], new int[] {1, 5}, 10, 1))
        .hasMessageStartingWith("sessionStarts must begin with 0");
    assertThatThrownBy(() -> PairedBootstrap.aucDifference(d[1], d[2], d[0], starts(4), 1, 1))
        .hasMessage("resamples must be at least 2, found 1");
  }
}
