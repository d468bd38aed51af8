package io.feedgym.agents.ddpg;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The soft target update θ′ ← keep · θ′ + (1 − keep) · θ on a network's whole flattened parameter view: two
 * ND4J ops (a scale and a BLAS axpy), no temporary array.
 */
final class SoftUpdate {
  private SoftUpdate() {}

  /** Blends {@code source} into {@code target} in place; both are flattened parameter arrays of one length. */
  static void blend(INDArray target, INDArray source, double keep) {
    target.muli(keep);
    Nd4j.getBlasWrapper().level1().axpy(target.length(), 1.0 - keep, source, target);
  }
}
