package io.feedgym.agents.offline;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The label layout of the offline page losses ({@link PlackettLuceLoss}, {@link ConservativeTdLoss}): a
 * minibatch holds whole pages of {@code pageRows} rows (every candidate, then the null item ⊥), one network
 * output per row, and {@value #COLUMNS} label columns per row: the TD target y, its weight w (0 on rows without
 * a target), the availability (1 for a candidate that could be shown, 0 otherwise and for ⊥) and the logged
 * slate position of the row's item (−1 when it was not shown). Immutable view over one minibatch's labels.
 */
final class PageLabels {
  static final int COLUMNS = 4;
  static final int TARGET = 0;
  static final int WEIGHT = 1;
  static final int AVAILABLE = 2;
  static final int POSITION = 3;

  private final float[] values;
  final int rows;
  final int pageRows;
  final int pages;

  /** Reads {@code labels} (rows × {@value #COLUMNS}) for pages of {@code pageRows} rows; other shapes are errors. */
  PageLabels(INDArray labels, INDArray preOutput, int pageRows) {
    this.rows = (int) preOutput.size(0);
    if (preOutput.size(1) != 1 || labels.size(0) != rows || labels.size(1) != COLUMNS || rows % pageRows != 0) {
      throw new IllegalArgumentException("an offline page loss needs one output and " + COLUMNS
          + " labels per row in pages of " + pageRows + " rows, found " + rows + " rows × " + preOutput.size(1)
          + " outputs and " + labels.size(0) + " × " + labels.size(1) + " labels");
    }
    this.values = labels.ravel().toFloatVector();
    this.pageRows = pageRows;
    this.pages = rows / pageRows;
  }

  double get(int row, int column) {
    return values[row * COLUMNS + column];
  }

  boolean available(int row) {
    return get(row, AVAILABLE) > 0;
  }

  /** The logged slate of page {@code page} as row indices in position order (the positions must be 0..K−1). */
  int[] slate(int page) {
    int first = page * pageRows;
    int shown = 0;
    for (int r = first; r < first + pageRows; r++) {
      shown += get(r, POSITION) >= 0 ? 1 : 0;
    }
    int[] slate = new int[shown];
    Arrays.fill(slate, -1);
    for (int r = first; r < first + pageRows; r++) {
      int k = (int) get(r, POSITION);
      if (k >= 0) {
        if (k >= shown || slate[k] >= 0) {
          throw new IllegalArgumentException("page " + page + ": slate positions must be 0.." + (shown - 1)
              + " once each, found position " + k + " again or out of range");
        }
        slate[k] = r;
      }
    }
    return slate;
  }

  /** log Σ_{r∈rows, eligible[r]} exp(x[r]) and the softmax over those rows written into {@code softmax} (0 elsewhere). */
  static double logSumExp(double[] x, boolean[] eligible, int from, int to, double[] softmax) {
    double max = Double.NEGATIVE_INFINITY;
    for (int r = from; r < to; r++) {
      if (eligible[r]) {
        max = Math.max(max, x[r]);
      }
    }
    if (max == Double.NEGATIVE_INFINITY) {
      throw new IllegalArgumentException("rows " + from + ".." + (to - 1) + " have no eligible entry");
    }
    double sum = 0;
    for (int r = from; r < to; r++) {
      double e = eligible[r] ? Math.exp(x[r] - max) : 0;
      softmax[r] = e;
      sum += e;
    }
    for (int r = from; r < to; r++) {
      softmax[r] /= sum;
    }
    return max + Math.log(sum);
  }
}
