package io.feedgym.bench;

import io.feedgym.networks.layers.PairwiseSums;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The factorization machine's pairwise term Σ_{i&lt;j} ⟨e_i, e_j⟩ for a batch of {@value #ROWS} rows of n field
 * vectors of dimension {@value #K}, in its O(k·n) form ½ Σ_f [(Σ_i e_if)² − Σ_i e_if²] (what
 * {@code PairwiseInteraction} computes) and in the naive O(k·n²) form, each measured two ways: plain Java
 * loops ({@code PairwiseSums}) and ND4J array ops (the fast form as the block's SameDiff graph writes it, the
 * naive one as a batched Gram matrix E Eᵀ, whose off-diagonal half is the sum). ND4J on one thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {ForkArgs.HEAP_MIN, ForkArgs.HEAP_MAX, ForkArgs.PRE_TOUCH,
    ForkArgs.NO_PHYSICAL_BYTES_CHECK, ForkArgs.NO_BYTES_CHECK})
public class PairwiseInteractionBenchmark {
  static final int ROWS = 128;
  static final int K = 16;

  @Param({"10", "50", "200"})
  public int fields;

  private double[][] rows;
  private INDArray stack;

  @Setup
  public void setUp() {
    Nd4jThreads.useOne();
    SplittableRandom random = new SplittableRandom(1);
    rows = new double[ROWS][fields * K];
    float[] flat = new float[ROWS * fields * K];
    for (int r = 0; r < ROWS; r++) {
      for (int i = 0; i < fields * K; i++) {
        rows[r][i] = random.nextDouble(-1, 1);
        flat[r * fields * K + i] = (float) rows[r][i];
      }
    }
    stack = Nd4j.create(flat, new long[] {ROWS, fields, K}, 'c');
  }

  /** The O(k·n) identity, plain Java. */
  @Benchmark
  public void javaFast(Blackhole out) {
    for (double[] row : rows) {
      out.consume(PairwiseSums.fast(row, fields, K));
    }
  }

  /** The O(k·n²) double loop over pairs, plain Java. */
  @Benchmark
  public void javaNaive(Blackhole out) {
    for (double[] row : rows) {
      out.consume(PairwiseSums.naive(row, fields, K));
    }
  }

  /** The O(k·n) identity, ND4J ops: ½ Σ_f [(Σ_i e)² − Σ_i e²]. */
  @Benchmark
  public INDArray nd4jFast() {
    INDArray sum = stack.sum(1);
    INDArray squares = stack.mul(stack).sum(1);
    return sum.muli(sum).subi(squares).sum(1).muli(0.5);
  }

  /** The O(k·n²) form, ND4J ops: ½ (Σ_ij (E Eᵀ)_ij − trace), the Gram matrix from a batched matmul. */
  @Benchmark
  public INDArray nd4jNaive() {
    INDArray gram = Nd4j.matmul(stack, stack, false, true, false);
    INDArray trace = stack.mul(stack).sum(1, 2);
    return gram.sum(1, 2).subi(trace).muli(0.5);
  }
}
