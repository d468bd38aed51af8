package io.feedgym.networks.layers;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Initial values of the custom layers' parameters, drawn like DL4J's {@code WeightInit.UNIFORM} (and PyTorch's
 * {@code nn.Linear}) from U(−1/√fan_in, 1/√fan_in). The draws come from ND4J's random generator, which
 * {@code ComputationGraph.init()} seeds from the configuration's seed, as for DL4J's own layers, so the same
 * seed gives the same parameters.
 */
final class ParamInit {
  private ParamInit() {}

  /** Fills {@code param} in place with U(−1/√fanIn, 1/√fanIn) draws. */
  static void uniform(INDArray param, double fanIn) {
    double bound = 1.0 / Math.sqrt(fanIn);
    INDArray draws = Nd4j.rand(param.dataType(), param.shape());
    param.assign(draws.muli(2 * bound).subi(bound));
  }
}
