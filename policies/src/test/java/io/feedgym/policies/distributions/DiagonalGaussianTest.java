package io.feedgym.policies.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.feedgym.random.SplitMix;
import org.junit.jupiter.api.Test;

class DiagonalGaussianTest {
  private static final double[] MEAN = {0.5, -1.0};
  private static final double[] LOG_STD = {Math.log(2.0), Math.log(0.5)};

  @Test
  void logProbAndEntropyAreTheNormalOnes() {
    double[] x = {1.5, -1.25};
    double expected = -0.5 * Math.pow(1.0 / 2.0, 2) - Math.log(2.0) - 0.5 * Math.log(2 * Math.PI)
        - 0.5 * Math.pow(-0.25 / 0.5, 2) - Math.log(0.5) - 0.5 * Math.log(2 * Math.PI);
    assertThat(DiagonalGaussian.logProb(MEAN, LOG_STD, x)).isCloseTo(expected, within(1e-12));
    assertThat(DiagonalGaussian.entropy(LOG_STD))
        .isCloseTo(0.5 * Math.log(2 * Math.PI * Math.E * 4) + 0.5 * Math.log(2 * Math.PI * Math.E * 0.25), within(1e-12));
  }

  @Test
  void samplesHaveTheMeanAndStandardDeviation() {
    SplitMix random = new SplitMix(3);
    int draws = 50_000;
    double[] sum = new double[2];
    double[] squares = new double[2];
    for (int n = 0; n < draws; n++) {
      double[] x = DiagonalGaussian.sample(MEAN, LOG_STD, random);
      for (int d = 0; d < 2; d++) {
        sum[d] += x[d];
        squares[d] += x[d] * x[d];
      }
    }
    for (int d = 0; d < 2; d++) {
      double mean = sum[d] / draws;
      double std = Math.sqrt(squares[d] / draws - mean * mean);
      assertThat(mean).isCloseTo(MEAN[d], within(0.05));
      assertThat(std).isCloseTo(Math.exp(LOG_STD[d]), within(0.03));
    }
  }

  @Test
  void gradientMatchesFiniteDifferences() {
    double[] x = {1.1, -0.3};
    double[] gradMean = new double[2];
    double[] gradLogStd = new double[2];
    DiagonalGaussian.addGradient(MEAN, LOG_STD, x, 0.8, -0.2, gradMean, gradLogStd);
    double h = 1e-6;
    for (int d = 0; d < 2; d++) {
      double[] up = MEAN.clone();
      double[] down = MEAN.clone();
      up[d] += h;
      down[d] -= h;
      assertThat(gradMean[d]).isCloseTo(0.8 * (DiagonalGaussian.logProb(up, LOG_STD, x)
          - DiagonalGaussian.logProb(down, LOG_STD, x)) / (2 * h), within(1e-6));
      double[] upStd = LOG_STD.clone();
      double[] downStd = LOG_STD.clone();
      upStd[d] += h;
      downStd[d] -= h;
      double numeric = (0.8 * (DiagonalGaussian.logProb(MEAN, upStd, x) - DiagonalGaussian.logProb(MEAN, downStd, x))
          - 0.2 * (DiagonalGaussian.entropy(upStd) - DiagonalGaussian.entropy(downStd))) / (2 * h);
      assertThat(gradLogStd[d]).isCloseTo(numeric, within(1e-6));
    }
  }
}
