package io.feedgym.networks.layers;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ops.impl.controlflow.compat.StopGradient;

/**
 * Works around a DL4J 1.0.0-M2.1 defect: a SameDiff layer or vertex inside a DL4J network backpropagates twice
 * the gradient it receives — its parameters' gradients and the gradient it passes to its inputs are both 2×
 * the true value. A one-layer probe measured the ratio to central differences at 2.000 (a plain
 * {@code DenseLayer}: 1.000), and every layer on a path doubles again. This returns ½·out + ½·stop(out), equal
 * to {@code out} in the forward pass (the halving and the sum are exact in floating point) with half its
 * gradient, which cancels the doubling. Every layer of this package ends with it; the gradient checks in this
 * module's tests fail if DL4J's behaviour changes.
 */
final class GradientFix {
  private GradientFix() {}

  /** {@code out} with its backpropagated gradient halved. */
  static SDVariable halveGradient(SameDiff sd, SDVariable out) {
    SDVariable frozen = new StopGradient(sd, out).outputVariable();
    return out.mul(0.5).add(frozen.mul(0.5));
  }
}
