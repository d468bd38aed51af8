package io.feedgym.policies.search;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.ToDoubleFunction;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/**
 * The noisy cross-entropy method (Rubinstein 1999; de Boer et al. 2005, "A Tutorial on the Cross-Entropy
 * Method", Algorithm 2.1; Szita and Lőrincz 2006, "Learning Tetris Using the Noisy Cross-Entropy Method", Eq. 3)
 * maximizing a noisy score over the box [-1, 1]^F. Each iteration draws {@code population} candidates
 * x = clip(μ + σ ⊙ g, −1, 1), g ~ N(0, I) (the search distribution is cut to the box; the candidates, not any
 * input, are clipped), scores them, and refits μ and σ² to the {@code elite} best: μ ← mean, σ² ← variance + Z_t,
 * with the extra noise Z_t = (extra_std · (1 − t/T))² keeping the search from collapsing early. Returns the best
 * candidate scored. Stateless; the score function and random generator carry all state.
 */
public final class CrossEntropySearch {
  private final Config config;

  /**
   * @param population candidates per iteration, >= 2
   * @param elite candidates the distribution is refitted to, in [1, population]
   * @param initialStd σ of the first iteration (μ starts at 0), > 0
   * @param extraStd square root of the extra variance Z_0 added after the first refit, decaying linearly to 0, >= 0
   */
  public record Config(int population, int elite, double initialStd, double extraStd) {
    public Config {
      if (population < 2) {
        throw new IllegalArgumentException("population must be >= 2, found " + population);
      }
      if (elite < 1 || elite > population) {
        throw new IllegalArgumentException("elite must be in [1, population=" + population + "], found " + elite);
      }
      if (!(initialStd > 0 && Double.isFinite(initialStd))) {
        throw new IllegalArgumentException("initial_std must be a finite number > 0, found " + initialStd);
      }
      if (!(extraStd >= 0 && Double.isFinite(extraStd))) {
        throw new IllegalArgumentException("extra_std must be a finite number >= 0, found " + extraStd);
      }
    }

    /** 20 candidates, 5 elite, σ₀ = 0.5 (about a uniform draw's 0.58 on [-1, 1]), extra σ 0.1. */
    public static Config defaults() {
      return new Config(20, 5, 0.5, 0.1);
    }
  }

  /**
   * The search's outcome.
   *
   * @param best the best candidate scored
   * @param bestScore its score
   * @param mean the final μ
   * @param std the final σ
   * @param evaluations candidates scored
   */
  public record Result(double[] best, double bestScore, double[] mean, double[] std, int evaluations) {}

  public CrossEntropySearch(Config config) {
    this.config = config;
  }

  /**
   * Runs {@code iterations} iterations over [-1, 1]^{@code dimensions}, scoring candidates with {@code score}
   * (higher is better; a non-finite score is an error naming the candidate).
   */
  public Result maximize(int dimensions, int iterations, ToDoubleFunction<double[]> score, RandomGenerator random) {
    if (dimensions < 1 || iterations < 1) {
      throw new IllegalArgumentException("dimensions and iterations must be >= 1, found " + dimensions + " and "
          + iterations);
    }
    double[] mean = new double[dimensions];
    double[] std = new double[dimensions];
    Arrays.fill(std, config.initialStd());
    double[] best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    double[][] candidates = new double[config.population()][dimensions];
    double[] scores = new double[config.population()];
    for (int t = 0; t < iterations; t++) {
      for (int i = 0; i < config.population(); i++) {
        for (int f = 0; f < dimensions; f++) {
          candidates[i][f] = Math.max(-1, Math.min(1, mean[f] + std[f] * random.nextGaussian()));
        }
        scores[i] = score.applyAsDouble(candidates[i].clone());
        if (!Double.isFinite(scores[i])) {
          throw new IllegalArgumentException("score of candidate " + Arrays.toString(candidates[i])
              + " is not finite: " + scores[i]);
        }
        if (scores[i] > bestScore) {
          bestScore = scores[i];
          best = candidates[i].clone();
        }
      }
      int[] elite = IntStream.range(0, config.population()).boxed()
          .sorted(Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparingInt(i -> i))
          .limit(config.elite()).mapToInt(Integer::intValue).toArray();
      double extra = config.extraStd() * (1 - (double) t / iterations);
      for (int f = 0; f < dimensions; f++) {
        double m = 0;
        for (int i : elite) {
          m += candidates[i][f];
        }
        m /= elite.length;
        double v = 0;
        for (int i : elite) {
          v += (candidates[i][f] - m) * (candidates[i][f] - m);
        }
        mean[f] = m;
        std[f] = Math.sqrt(v / elite.length + extra * extra);
      }
    }
    return new Result(best, bestScore, mean, std, iterations * config.population());
  }
}
