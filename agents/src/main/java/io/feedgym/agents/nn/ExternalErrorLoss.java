package io.feedgym.agents.nn;

import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.ILossFunction;

/**
 * An output loss whose "labels" are the external error ∂L/∂output, computed by the caller: the gradient is the
 * labels (through the output activation), and the score is 0, since the loss itself is the caller's. It lets a
 * DL4J output layer (which ignores external epsilons) back-propagate an error such as DDPG's 2(Q − y) or the
 * 1 of ∂Q/∂a.
 */
public final class ExternalErrorLoss implements ILossFunction {
  private static final long serialVersionUID = 1L;

  @Override
  public double computeScore(INDArray labels, INDArray preOutput, IActivation activation, INDArray mask,
      boolean average) {
    return 0;
  }

  @Override
  public INDArray computeScoreArray(INDArray labels, INDArray preOutput, IActivation activation, INDArray mask) {
    return Nd4j.zeros(labels.dataType(), labels.size(0), 1);
  }

  @Override
  public INDArray computeGradient(INDArray labels, INDArray preOutput, IActivation activation, INDArray mask) {
    INDArray error = mask == null ? labels.dup() : labels.mul(mask);
    return activation.backprop(preOutput.dup(), error).getFirst();
  }

  @Override
  public Pair<Double, INDArray> computeGradientAndScore(INDArray labels, INDArray preOutput, IActivation activation,
      INDArray mask, boolean average) {
    return new Pair<>(0.0, computeGradient(labels, preOutput, activation, mask));
  }

  @Override
  public String name() {
    return "external_error";
  }

  @Override
  public String toString() {
    return "ExternalErrorLoss()";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExternalErrorLoss;
  }

  @Override
  public int hashCode() {
    return ExternalErrorLoss.class.hashCode();
  }
}
