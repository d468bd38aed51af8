package io.feedgym.offline.ope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The session bootstrap: seeded determinism, the interval's width against the normal approximation, diagnostics. */
class BootstrapTest {

  private static Terms normal(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = random.nextDouble() < 0.3 ? 1 : 0;
    }
    return Terms.mean(Estimand.TOP_SLOT, values, new double[] {1, 1, 2});
  }

  @Test
  void sameSeedSameInterval() {
    Terms terms = normal(500, 3);
    Estimate a = new Bootstrap(300, 0.95, 7).estimate("ips", terms);
    Estimate b = new Bootstrap(300, 0.95, 7).estimate("ips", terms);
    Estimate c = new Bootstrap(300, 0.95, 8).estimate("ips", terms);
    assertThat(a).isEqualTo(b);
    assertThat(c.low()).isNotEqualTo(a.low());
    assertThat(a.low()).isLessThan(a.value());
    assertThat(a.high()).isGreaterThan(a.value());
  }

  @Test
  void intervalMatchesTheNormalApproximationOfAMean() {
    Terms terms = normal(2000, 5);
    Estimate e = new Bootstrap(2000, 0.95, 1).estimate("ips", terms);
    double p = e.value();
    double se = Math.sqrt(p * (1 - p) / 2000);
    assertThat(e.stderr()).isCloseTo(se, within(0.1 * se));
    assertThat(e.high() - e.low()).isCloseTo(2 * 1.96 * se, within(0.15 * 2 * 1.96 * se));
  }

  @Test
  void ratioTermsAreRenormalisedPerResample() {
    // two sessions (w r, w) = (2, 2) and (0, 1): SNIPS = 2/3; a resample of session 1 twice gives 0/2
    Terms terms = new Terms(Estimand.TOP_SLOT, 2, 1, new double[] {2, 0}, new double[] {2, 1}, new double[] {2, 1});
    assertThat(terms.estimate()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(terms.estimate(new int[] {0, 2})).isEqualTo(0.0);
    assertThat(terms.estimate(new int[] {2, 0})).isEqualTo(1.0);
  }

  @Test
  void diagnostics() {
    Diagnostics d = Diagnostics.of(new double[] {1, 1, 2});
    assertThat(d.ess()).isCloseTo(16.0 / 6, within(1e-12));
    assertThat(d.maxWeight()).isEqualTo(2);
    assertThat(d.meanWeight()).isCloseTo(4.0 / 3, within(1e-12));
    assertThat(Diagnostics.of(new double[0]).ess()).isNaN();
  }

  @Test
  void badSettingsAreNamed() {
    assertThatThrownBy(() -> new Bootstrap(1, 0.95, 1)).hasMessageContaining("resamples");
    assertThatThrownBy(() -> new Bootstrap(100, 1.0, 1)).hasMessageContaining("confidence must be in (0, 1)");
    assertThatThrownBy(() -> OpeConfig.defaults().withSwitchTau(0)).hasMessageContaining("switch_tau");
  }
}
