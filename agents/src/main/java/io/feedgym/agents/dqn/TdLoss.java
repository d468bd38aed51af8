package io.feedgym.agents.dqn;

import java.util.Locale;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.lossfunctions.ILossFunction;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The temporal-difference loss of a Q-network trained on one action per example: labels hold the TD
 * target y at the taken action and the per-output mask selects that action, so
 * L = (1/B) Σ_b ℓ(Q(s_b, a_b) − y_b) with ℓ the squared error (CleanRL) or the Huber loss with δ = 1
 * (Mnih et al. 2015's error clipping; PyTorch's {@code smooth_l1_loss}).
 */
public final class TdLoss implements ILossFunction {
  private static final long serialVersionUID = 1L;

  /** The per-example penalty on the TD error. */
  public enum Kind { MSE, HUBER }

  private Kind kind;

  /** For deserialization of saved networks. */
  public TdLoss() {
    this(Kind.MSE);
  }

  public TdLoss(Kind kind) {
    this.kind = kind;
  }

  public Kind getKind() {
    return kind;
  }

  public void setKind(Kind kind) {
    this.kind = kind;
  }

  @Override
  public double computeScore(INDArray labels, INDArray preOutput, IActivation activation, INDArray mask,
      boolean average) {
    double sum = computeScoreArray(labels, preOutput, activation, mask).sumNumber().doubleValue();
    return average ? sum / labels.size(0) : sum;
  }

  @Override
  public INDArray computeScoreArray(INDArray labels, INDArray preOutput, IActivation activation, INDArray mask) {
    INDArray error = error(labels, preOutput, activation, mask);
    INDArray perElement;
    if (kind == Kind.MSE) {
      perElement = error.mul(error);
    } else {
      INDArray abs = Transforms.abs(error, true);
      INDArray quadratic = Transforms.min(abs, 1.0, true);
      // Huber(d) = 0.5 q² + (|d| − q) with q = min(|d|, 1).
      perElement = quadratic.mul(quadratic).muli(0.5).addi(abs.subi(quadratic));
    }
    return perElement.sum(true, 1);
  }

  @Override
  public INDArray computeGradient(INDArray labels, INDArray preOutput, IActivation activation, INDArray mask) {
    INDArray error = error(labels, preOutput, activation, mask);
    INDArray dLdOut = kind == Kind.MSE ? error.muli(2.0) : Transforms.max(Transforms.min(error, 1.0, false), -1.0, false);
    return activation.backprop(preOutput.dup(), dLdOut).getFirst();
  }

  @Override
  public Pair<Double, INDArray> computeGradientAndScore(INDArray labels, INDArray preOutput,
      IActivation activation, INDArray mask, boolean average) {
    return new Pair<>(computeScore(labels, preOutput, activation, mask, average),
        computeGradient(labels, preOutput, activation, mask));
  }

  /** (Q − y) on the masked outputs, zero elsewhere. */
  private static INDArray error(INDArray labels, INDArray preOutput, IActivation activation, INDArray mask) {
    INDArray output = activation.getActivation(preOutput.dup(), true);
    INDArray error = output.subi(labels);
    return mask == null ? error : error.muli(mask);
  }

  @Override
  public String name() {
    return "td_" + kind.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return "TdLoss(" + kind + ")";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TdLoss t && t.kind == kind;
  }

  @Override
  public int hashCode() {
    return kind.hashCode();
  }
}
