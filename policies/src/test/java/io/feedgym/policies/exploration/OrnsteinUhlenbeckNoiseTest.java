package io.feedgym.policies.exploration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The OU process's statistics with fixed seeds. The tolerances are a few standard errors of each
 * estimate; a θ or σ off by 25% moves the estimate by many more.
 */
class OrnsteinUhlenbeckNoiseTest {

  /**
   * x_{t+1} = (1 − θ dt) x_t + σ √dt ε: the least-squares slope of x_{t+1} on x_t is the mean reversion
   * 1 − θ dt, and the residuals' standard deviation is σ √dt. With dt = 1 both are far from their values
   * under a wrong θ or σ.
   */
  @Test
  void regressionOfEachStepOnThePreviousRecoversThetaAndSigma() {
    var noise = new OrnsteinUhlenbeckNoise(0.15, 0.2, 1.0, 2, 7);
    int n = 200_000;
    double sxx = 0;
    double sxy = 0;
    double[] xs = new double[n + 1];
    for (int t = 1; t <= n; t++) {
      xs[t] = noise.sample()[1];
      sxx += xs[t - 1] * xs[t - 1];
      sxy += xs[t - 1] * xs[t];
    }
    double slope = sxy / sxx;
    double residuals = 0;
    for (int t = 1; t <= n; t++) {
      double r = xs[t] - slope * xs[t - 1];
      residuals += r * r;
    }
    // Standard errors: slope √((1 − 0.85²)/n) ≈ 0.0012, residual std 0.2/√(2n) ≈ 0.0003.
    assertThat(slope).isCloseTo(1 - 0.15, within(0.005));
    assertThat(Math.sqrt(residuals / n)).isCloseTo(0.2, within(0.002));
  }

  /**
   * With the paper's θ = 0.15, σ = 0.2 and dt = 0.01, the stationary variance is
   * σ² / (2θ − θ² dt) = 0.1334 (≈ σ²/(2θ)) and the lag-100 autocorrelation (1 − θ dt)^100 = 0.8606.
   */
  @Test
  void defaultsHaveThePapersStationaryVarianceAndSlowDecorrelation() {
    var noise = OrnsteinUhlenbeckNoise.standard(1, 3);
    int n = 2_000_000;
    int lag = 100;
    double[] xs = new double[n];
    double sum = 0;
    double squares = 0;
    for (int t = 0; t < n; t++) {
      xs[t] = noise.sample()[0];
      sum += xs[t];
      squares += xs[t] * xs[t];
    }
    double mean = sum / n;
    double variance = squares / n - mean * mean;
    double lagged = 0;
    for (int t = lag; t < n; t++) {
      lagged += (xs[t] - mean) * (xs[t - lag] - mean);
    }
    double autocorrelation = lagged / (n - lag) / variance;
    // About 3,000 correlation times (1/(θ dt) = 667 steps): the variance is known to ±4% (2 s.e.).
    assertThat(mean).isCloseTo(0, within(0.03));
    assertThat(variance).isCloseTo(0.04 / (0.3 - 0.0225 * 0.01), within(0.008));
    assertThat(autocorrelation).isCloseTo(Math.pow(1 - 0.0015, lag), within(0.01));
  }

  @Test
  void resetReturnsToTheMeanAndRestoreContinuesTheSameDraws() {
    var noise = OrnsteinUhlenbeckNoise.standard(3, 11);
    for (int t = 0; t < 50; t++) {
      noise.sample();
    }
    ActionNoise.State saved = noise.state();
    double[] next = noise.sample();
    var resumed = OrnsteinUhlenbeckNoise.standard(3, 999);
    resumed.restore(saved);
    assertThat(resumed.sample()).containsExactly(next);

    assertThat(noise.state().process()).doesNotContain(0.0);
    noise.reset();
    assertThat(noise.state().process()).containsOnly(0.0);
  }

  @Test
  void badParametersNameTheKey() {
    assertThatThrownBy(() -> new OrnsteinUhlenbeckNoise(0, 0.2, 0.01, 1, 1))
        .hasMessage("ou_theta must be a positive finite number, found 0.0");
    assertThatThrownBy(() -> new OrnsteinUhlenbeckNoise(0.15, -1, 0.01, 1, 1))
        .hasMessage("noise_sigma must be a finite number >= 0, found -1.0");
    assertThatThrownBy(() -> new OrnsteinUhlenbeckNoise(0.15, 0.2, 10, 1, 1))
        .hasMessage("ou_theta · ou_dt must be <= 1 (a stable Euler step), found ou_theta=0.15 and ou_dt=10.0");
  }
}
