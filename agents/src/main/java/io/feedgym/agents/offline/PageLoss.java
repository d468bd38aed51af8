package io.feedgym.agents.offline;

import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.ILossFunction;

/**
 * A loss over whole pages of an item network's outputs, labelled as {@link PageLabels} describes, computed in
 * plain Java: a subclass gives the loss L of a minibatch and dL/d(output) per row ({@link #value}). DL4J
 * divides the gradient it is given by the minibatch's row count before the update, so this class hands it
 * rows × dL/d(output); the score it reports is L itself (rows × L when DL4J asks for a sum). Subclasses carry
 * bean getters and setters, because DL4J saves a loss with the network as JSON.
 */
abstract class PageLoss implements ILossFunction {
  private static final long serialVersionUID = 1L;

  /** Rows per page: the candidates, then ⊥. */
  protected int pageRows;

  protected PageLoss(int pageRows) {
    this.pageRows = pageRows;
  }

  /** The loss of a minibatch and its gradient with respect to each row's output. */
  record Value(double loss, double[] gradient) {}

  /** L and dL/d(out_r) for the outputs {@code out} (one per row) of the pages {@code labels} describes. */
  abstract Value value(PageLabels labels, double[] out);

  public int getPageRows() {
    return pageRows;
  }

  public void setPageRows(int pageRows) {
    this.pageRows = pageRows;
  }

  private Value evaluate(INDArray labels, INDArray preOutput, IActivation activation, INDArray mask) {
    if (mask != null) {
      throw new IllegalArgumentException(name() + " takes its weights from the labels, not a mask");
    }
    PageLabels pages = new PageLabels(labels, preOutput, pageRows);
    float[] flat = activation.getActivation(preOutput.dup(), false).ravel().toFloatVector();
    double[] out = new double[flat.length];
    for (int r = 0; r < out.length; r++) {
      out[r] = flat[r];
    }
    return value(pages, out);
  }

  @Override
  public double computeScore(INDArray labels, INDArray preOutput, IActivation activation, INDArray mask,
      boolean average) {
    double loss = evaluate(labels, preOutput, activation, mask).loss();
    return average ? loss : loss * preOutput.size(0);
  }

  /** L spread evenly over the rows, so that the rows sum to rows × L as DL4J's per-example scores do. */
  @Override
  public INDArray computeScoreArray(INDArray labels, INDArray preOutput, IActivation activation, INDArray mask) {
    double loss = evaluate(labels, preOutput, activation, mask).loss();
    return Nd4j.valueArrayOf(new long[] {preOutput.size(0), 1}, loss).castTo(preOutput.dataType());
  }

  @Override
  public INDArray computeGradient(INDArray labels, INDArray preOutput, IActivation activation, INDArray mask) {
    return gradient(evaluate(labels, preOutput, activation, mask), preOutput, activation);
  }

  @Override
  public Pair<Double, INDArray> computeGradientAndScore(INDArray labels, INDArray preOutput, IActivation activation,
      INDArray mask, boolean average) {
    Value value = evaluate(labels, preOutput, activation, mask);
    double score = average ? value.loss() : value.loss() * preOutput.size(0);
    return new Pair<>(score, gradient(value, preOutput, activation));
  }

  private static INDArray gradient(Value value, INDArray preOutput, IActivation activation) {
    int rows = value.gradient().length;
    float[] scaled = new float[rows];
    for (int r = 0; r < rows; r++) {
      scaled[r] = (float) (value.gradient()[r] * rows);
    }
    INDArray dLdOut = Nd4j.create(scaled, new long[] {rows, 1}, 'c').castTo(preOutput.dataType());
    return activation.backprop(preOutput.dup(), dLdOut).getFirst();
  }
}
