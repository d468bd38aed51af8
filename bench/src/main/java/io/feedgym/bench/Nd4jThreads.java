package io.feedgym.bench;

import org.nd4j.linalg.factory.Nd4j;

/**
 * Limits ND4J to one thread from inside a benchmark fork, since JMH annotations cannot set
 * {@code OMP_NUM_THREADS}: one OpenBLAS thread and one libnd4j master thread.
 */
final class Nd4jThreads {
  private Nd4jThreads() {}

  /** Call in {@code @Setup} before the first network is built. */
  static void useOne() {
    // In libnd4j 1.0.0-M2.1 setMaxThreads is ignored (maxThreads() still reads nproc); launching with
    // OMP_NUM_THREADS=1, which the forks inherit, is what limits the op threads (see docs/benchmarks.md).
    Nd4j.getEnvironment().setMaxThreads(1);
    Nd4j.getEnvironment().setMaxMasterThreads(1);
    // The gemm calls of fit() and output() run in OpenBLAS, whose own pool this limit controls.
    Nd4j.factory().blas().setMaxThreads(1);
  }
}
