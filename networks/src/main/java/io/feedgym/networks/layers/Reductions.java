package io.feedgym.networks.layers;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;

/**
 * Sums in SameDiff that survive size-1 dimensions: in ND4J 1.0.0-M2.1 a reduction along a dimension of size 1
 * fails at execution ({@code BaseReduceOp.x()} is null), so such a "sum" is a squeeze (or nothing).
 */
final class Reductions {
  private Reductions() {}

  /** Σ_columns of {@code x} [batch × width], as [batch × 1]. */
  static SDVariable rowSums(SDVariable x, int width) {
    return width == 1 ? x : x.sum(true, 1);
  }

  /** The sum of {@code x} along {@code dimension}, whose size is {@code size}, without keeping it. */
  static SDVariable sum(SameDiff sd, SDVariable x, int dimension, long size) {
    return size == 1 ? sd.squeeze(x, dimension) : x.sum(dimension);
  }
}
