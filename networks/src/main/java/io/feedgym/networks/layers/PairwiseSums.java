package io.feedgym.networks.layers;

/**
 * The FM pairwise term Σ_{i&lt;j} ⟨e_i, e_j⟩ of n vectors of dimension k in plain Java, in both forms: the
 * O(k·n) identity that {@link PairwiseInteraction} computes and the naive O(k·n²) double loop. The tests use
 * the naive form as the reference; the JMH benchmark {@code PairwiseInteractionBenchmark} times both.
 */
public final class PairwiseSums {
  private PairwiseSums() {}

  /** ½ Σ_f [(Σ_i e_{i,f})² − Σ_i e_{i,f}²] over {@code e}, row-major n × k. */
  public static double fast(double[] e, int n, int k) {
    double total = 0;
    for (int f = 0; f < k; f++) {
      double sum = 0;
      double squares = 0;
      for (int i = 0; i < n; i++) {
        double x = e[i * k + f];
        sum += x;
        squares += x * x;
      }
      total += sum * sum - squares;
    }
    return 0.5 * total;
  }

  /** Σ_{i&lt;j} Σ_f e_{i,f} e_{j,f} over {@code e}, row-major n × k. */
  public static double naive(double[] e, int n, int k) {
    double total = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double dot = 0;
        for (int f = 0; f < k; f++) {
          dot += e[i * k + f] * e[j * k + f];
        }
        total += dot;
      }
    }
    return total;
  }
}
