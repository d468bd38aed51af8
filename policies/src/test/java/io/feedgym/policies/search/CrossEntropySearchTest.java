package io.feedgym.policies.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.feedgym.random.SplitMix;
import org.junit.jupiter.api.Test;

/** The cross-entropy method on noisy quadratics with known maxima, its determinism and its bad input. */
class CrossEntropySearchTest {
  private static final double[] PEAK = {0.6, -0.3, 0.5, -0.6, 0.1};

  /** −|x − peak|² plus N(0, 0.05²) noise: a broken refit (e.g. to the worst candidates) drifts away. */
  private static double noisyScore(double[] x, SplitMix noise) {
    double s = 0;
    for (int f = 0; f < x.length; f++) {
      s -= (x[f] - PEAK[f]) * (x[f] - PEAK[f]);
    }
    return s + 0.05 * noise.nextGaussian();
  }

  @Test
  void findsTheMaximumOfANoisyQuadraticFarBetterThanRandomSearchWithTheSameBudget() {
    SplitMix noise = new SplitMix(3);
    CrossEntropySearch.Result result = new CrossEntropySearch(CrossEntropySearch.Config.defaults())
        .maximize(PEAK.length, 10, x -> noisyScore(x, noise), new SplitMix(1));

    assertThat(result.evaluations()).isEqualTo(200);
    for (int f = 0; f < PEAK.length; f++) {
      assertThat(result.mean()[f]).as("mean %d", f).isCloseTo(PEAK[f], within(0.1));
    }
    // The best of 200 uniform draws on [-1, 1]^5 is typically ~0.5 away from the peak (squared distance ~0.3).
    SplitMix uniform = new SplitMix(1);
    double bestRandom = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < 200; c++) {
      double[] x = new double[PEAK.length];
      for (int f = 0; f < x.length; f++) {
        x[f] = 2 * uniform.nextDouble() - 1;
      }
      bestRandom = Math.max(bestRandom, -squaredDistance(x));
    }
    assertThat(-squaredDistance(result.best())).isGreaterThan(bestRandom + 0.1);
  }

  @Test
  void candidatesStayInTheBoxAndTheSameSeedGivesTheSameResult() {
    double[] far = {1.5, -2, 3, -1.2, 1.1};
    var search = new CrossEntropySearch(new CrossEntropySearch.Config(10, 3, 0.8, 0.1));
    CrossEntropySearch.Result first = search.maximize(far.length, 5, x -> {
      for (double v : x) {
        assertThat(v).isBetween(-1.0, 1.0);
      }
      double s = 0;
      for (int f = 0; f < x.length; f++) {
        s -= (x[f] - far[f]) * (x[f] - far[f]);
      }
      return s;
    }, new SplitMix(7));
    CrossEntropySearch.Result second = search.maximize(far.length, 5, x -> -squaredDistance(x), new SplitMix(7));
    CrossEntropySearch.Result third = search.maximize(far.length, 5, x -> -squaredDistance(x), new SplitMix(7));

    for (int f = 0; f < far.length; f++) {
      assertThat(Math.signum(first.best()[f])).as("sign %d", f).isEqualTo(Math.signum(far[f]));
    }
    assertThat(third.best()).containsExactly(second.best());
    assertThat(third.mean()).containsExactly(second.mean());
  }

  @Test
  void badConfigsAndScoresNameTheProblem() {
    assertThatThrownBy(() -> new CrossEntropySearch.Config(1, 1, 0.5, 0))
        .hasMessage("population must be >= 2, found 1");
    assertThatThrownBy(() -> new CrossEntropySearch.Config(10, 11, 0.5, 0))
        .hasMessage("elite must be in [1, population=10], found 11");
    assertThatThrownBy(() -> new CrossEntropySearch.Config(10, 2, 0, 0))
        .hasMessage("initial_std must be a finite number > 0, found 0.0");
    var search = new CrossEntropySearch(CrossEntropySearch.Config.defaults());
    assertThatThrownBy(() -> search.maximize(2, 1, x -> Double.NaN, new SplitMix(1)))
        .hasMessageStartingWith("score of candidate [").hasMessageEndingWith("is not finite: NaN");
  }

  private static double squaredDistance(double[] x) {
    double s = 0;
    for (int f = 0; f < x.length; f++) {
      s += (x[f] - PEAK[f]) * (x[f] - PEAK[f]);
    }
    return s;
  }
}
