package io.feedgym.agents.slateq;

import io.feedgym.agents.slateq.SlateQConfig.Head;
import java.util.Locale;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.ILossFunction;

/**
 * The item-wise TD loss L = (1/R) Σ_r w_r (Q̄_r − y_r)² over the R rows of a minibatch, one row per
 * (page, item). The label mask holds the weights w_r (0 on rows without a target). With the PLAIN head the
 * network has one output, Q̄_r, and the labels are y_r. With the DUELING head it has two, V and A, the
 * rows come in whole pages of {@code pageRows} rows, and
 * Q̄_r = V_r + A_r − Σ_{j∈page} α_j A_j / Σ_{j∈page} α_j, where α_j (1 when candidate j is available, else 0)
 * is the second label column, so the gradient reaches the advantage of every available item of the page
 * (Wang et al. 2016, Eq. 9, with the mean over the available items).
 */
public final class ItemTdLoss implements ILossFunction {
  private static final long serialVersionUID = 1L;

  private Head head;
  private int pageRows;

  /** For deserialization of saved networks. */
  public ItemTdLoss() {
    this(Head.PLAIN, 1);
  }

  /** The loss of {@code head}; DUELING rows come in pages of {@code pageRows} rows. */
  public ItemTdLoss(Head head, int pageRows) {
    this.head = head;
    this.pageRows = pageRows;
  }

  public Head getHead() {
    return head;
  }

  public void setHead(Head head) {
    this.head = head;
  }

  public int getPageRows() {
    return pageRows;
  }

  public void setPageRows(int pageRows) {
    this.pageRows = pageRows;
  }

  /**
   * Q̄ of each row from the network outputs {@code out}, row-major: one column (Q̄) for PLAIN, two (V, A)
   * for DUELING, whose rows come in pages of {@code pageRows}; {@code available} is 1 for an available row.
   */
  static double[] itemValues(Head head, float[] out, double[] available, int pageRows) {
    if (head == Head.PLAIN) {
      double[] q = new double[out.length];
      for (int r = 0; r < q.length; r++) {
        q[r] = out[r];
      }
      return q;
    }
    double[] q = new double[out.length / 2];
    for (int first = 0; first < q.length; first += pageRows) {
      double sum = 0;
      double n = 0;
      for (int r = first; r < first + pageRows; r++) {
        sum += available[r] * out[2 * r + 1];
        n += available[r];
      }
      if (n == 0) {
        throw new IllegalArgumentException("page at row " + first + " has no available candidate");
      }
      for (int r = first; r < first + pageRows; r++) {
        q[r] = out[2 * r] + out[2 * r + 1] - sum / n;
      }
    }
    return q;
  }

  /** The row-major values of a matrix. */
  static float[] flat(INDArray matrix) {
    return matrix.ravel().toFloatVector();
  }

  @Override
  public double computeScore(INDArray labels, INDArray preOutput, IActivation activation, INDArray mask,
      boolean average) {
    return new Terms(labels, preOutput, activation, mask).score(average);
  }

  @Override
  public INDArray computeScoreArray(INDArray labels, INDArray preOutput, IActivation activation, INDArray mask) {
    double[] perRow = new Terms(labels, preOutput, activation, mask).rowLosses();
    return Nd4j.create(perRow, new long[] {perRow.length, 1}, 'c').castTo(preOutput.dataType());
  }

  @Override
  public INDArray computeGradient(INDArray labels, INDArray preOutput, IActivation activation, INDArray mask) {
    return new Terms(labels, preOutput, activation, mask).gradient(preOutput, activation);
  }

  /** The score and the gradient from one pass over the minibatch. */
  @Override
  public Pair<Double, INDArray> computeGradientAndScore(INDArray labels, INDArray preOutput,
      IActivation activation, INDArray mask, boolean average) {
    Terms terms = new Terms(labels, preOutput, activation, mask);
    return new Pair<>(terms.score(average), terms.gradient(preOutput, activation));
  }

  /** The minibatch as Java arrays: item values, labels, availability and weights. */
  private final class Terms {
    final int columns;
    final float[] labels;
    final double[] available;
    final double[] q;
    final double[] weights;

    Terms(INDArray labelArray, INDArray preOutput, IActivation activation, INDArray mask) {
      columns = head == Head.PLAIN ? 1 : 2;
      int rows = (int) preOutput.size(0);
      if (preOutput.size(1) != columns || labelArray.size(1) != columns
          || (head == Head.DUELING && rows % pageRows != 0)) {
        throw new IllegalArgumentException("the " + head + " head needs " + columns + " outputs and labels per row"
            + (head == Head.DUELING ? " (target, available) in pages of " + pageRows + " rows" : "") + ", found "
            + rows + " rows × " + preOutput.size(1) + " outputs and " + labelArray.size(1) + " labels");
      }
      labels = flat(labelArray);
      available = new double[rows];
      for (int r = 0; r < rows; r++) {
        available[r] = head == Head.DUELING ? labels[2 * r + 1] : 1;
      }
      q = itemValues(head, flat(activation.getActivation(preOutput.dup(), false)), available, pageRows);
      weights = new double[rows];
      float[] w = mask == null ? null : flat(mask);
      for (int r = 0; r < rows; r++) {
        weights[r] = w == null ? 1 : w[r];
      }
    }

    double target(int row) {
      return labels[row * columns];
    }

    /** w_r (Q̄_r − y_r)² of each row. */
    double[] rowLosses() {
      double[] out = new double[q.length];
      for (int r = 0; r < q.length; r++) {
        double error = q[r] - target(r);
        out[r] = weights[r] * error * error;
      }
      return out;
    }

    /** The loss summed over rows, or its mean over rows when {@code average}. */
    double score(boolean average) {
      double sum = 0;
      for (double loss : rowLosses()) {
        sum += loss;
      }
      return average ? sum / q.length : sum;
    }

    /**
     * dL/dQ̄_r = 2 w_r (Q̄_r − y_r) per row; for DUELING, dL/dV_r = dL/dQ̄_r and
     * dL/dA_j = dL/dQ̄_j − α_j / Σ_page α · Σ_page dL/dQ̄, then back through the output activation.
     */
    INDArray gradient(INDArray preOutput, IActivation activation) {
      int rows = q.length;
      float[] grad = new float[rows * columns];
      double[] dq = new double[rows];
      for (int r = 0; r < rows; r++) {
        dq[r] = 2 * weights[r] * (q[r] - target(r));
        grad[r * columns] = (float) dq[r];
      }
      for (int first = 0; head == Head.DUELING && first < rows; first += pageRows) {
        double pageSum = 0;
        double availableCount = 0;
        for (int r = first; r < first + pageRows; r++) {
          pageSum += dq[r];
          availableCount += available[r];
        }
        for (int r = first; r < first + pageRows; r++) {
          grad[r * 2 + 1] = (float) (dq[r] - available[r] / availableCount * pageSum);
        }
      }
      INDArray dLdOut = Nd4j.create(grad, new long[] {rows, columns}, 'c').castTo(preOutput.dataType());
      return activation.backprop(preOutput.dup(), dLdOut).getFirst();
    }
  }

  @Override
  public String name() {
    return "item_td_" + head.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return "ItemTdLoss(" + head + ", pageRows=" + pageRows + ")";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ItemTdLoss other && other.head == head && other.pageRows == pageRows;
  }

  @Override
  public int hashCode() {
    return 31 * head.hashCode() + pageRows;
  }
}
