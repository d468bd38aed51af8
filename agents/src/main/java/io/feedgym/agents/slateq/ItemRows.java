package io.feedgym.agents.slateq;

import io.feedgym.agents.slateq.SlateQConfig.Head;
import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The network inputs, labels and weights of a minibatch of item-wise targets. The trained items of a page
 * are its clicked candidates, or the null item ⊥ when nothing was clicked. With the PLAIN head a page
 * contributes one row per trained item; with the DUELING head all its rows (candidates and ⊥), the trained
 * ones weighted, so that the mean advantage over the page can be formed. Weights are scaled by rows /
 * trained rows, so that the mean over rows that DL4J's minibatch averaging takes is the weighted mean over
 * the trained items. Built once per update; not thread-safe.
 *
 * @param <O> the observation type
 */
final class ItemRows<O> {
  private final Head head;
  private final SlateEncoder<O> encoder;
  private final int capacity;
  private final float[] states;
  private final float[] items;
  private final float[] labels;
  private final float[] weights;
  private final int[] owners;
  private final double[] available;
  private final int columns;
  private int rows;
  private int trained;

  /** Room for {@code pages} pages with at most {@code slateSize} trained items each. */
  ItemRows(Head head, SlateEncoder<O> encoder, int pages, int slateSize) {
    this.head = head;
    this.encoder = encoder;
    this.capacity = pages * (head == Head.PLAIN ? slateSize : encoder.pageRows());
    this.columns = head == Head.PLAIN ? 1 : 2;
    this.states = new float[capacity * encoder.stateSize()];
    this.items = new float[capacity * encoder.itemSize()];
    this.labels = new float[capacity * columns];
    this.weights = new float[capacity];
    this.owners = new int[capacity];
    this.available = new double[capacity];
  }

  /**
   * Adds the rows of {@code page}, minibatch entry {@code owner}, whose items {@code trained} (candidate
   * indices, {@code candidates} for ⊥) have target {@code y} and weight {@code weight}.
   */
  void addPage(int owner, O page, int[] trained, double y, double weight) {
    int first = rows;
    if (head == Head.PLAIN) {
      for (int item : trained) {
        encoder.encodeState(page, states, rows, 1);
        encoder.encodeItem(page, item, items, rows);
        available[rows] = 1;
        labels[rows] = (float) y;
        weights[rows] = (float) weight;
        rows++;
      }
    } else {
      int n = encoder.pageRows();
      encoder.encodeState(page, states, rows, n);
      encoder.encodeItems(page, items, rows, available);
      for (int c = 0; c < n; c++) {
        labels[(rows + c) * 2 + 1] = (float) available[rows + c];
      }
      for (int item : trained) {
        labels[(rows + item) * 2] = (float) y;
        weights[rows + item] = (float) weight;
      }
      rows += n;
    }
    Arrays.fill(owners, first, rows, owner);
    this.trained += trained.length;
  }

  int rows() {
    return rows;
  }

  /** The inputs of the stored rows: states, then items. */
  INDArray[] inputs() {
    return new INDArray[] {matrix(states, encoder.stateSize()), matrix(items, encoder.itemSize())};
  }

  INDArray labels() {
    return matrix(labels, columns);
  }

  /** The per-row weights scaled by rows / trained rows. */
  INDArray weights() {
    float[] scaled = new float[rows];
    float scale = (float) rows / trained;
    for (int r = 0; r < rows; r++) {
      scaled[r] = weights[r] * scale;
    }
    return Nd4j.create(scaled, new long[] {rows, 1}, 'c');
  }

  /** Availability of each stored row (1 for every PLAIN row, 0 for a DUELING page's ⊥ row). */
  double[] availability() {
    return Arrays.copyOf(available, rows);
  }

  /**
   * The mean |Q̄ − y| over the trained rows of each of {@code entries} minibatch entries (0 for an entry
   * without rows), from the item values {@code q} of the stored rows.
   */
  double[] meanAbsErrors(double[] q, int entries) {
    double[] sum = new double[entries];
    int[] count = new int[entries];
    for (int r = 0; r < rows; r++) {
      if (weights[r] > 0) {
        sum[owners[r]] += Math.abs(q[r] - labels[r * columns]);
        count[owners[r]]++;
      }
    }
    for (int e = 0; e < entries; e++) {
      sum[e] = count[e] == 0 ? 0 : sum[e] / count[e];
    }
    return sum;
  }

  /** The mean of {@code q} over the trained rows. */
  double meanTrained(double[] q) {
    double sum = 0;
    for (int r = 0; r < rows; r++) {
      sum += weights[r] > 0 ? q[r] : 0;
    }
    return sum / trained;
  }

  private INDArray matrix(float[] data, int width) {
    float[] used = Arrays.copyOf(data, rows * width);
    return Nd4j.create(used, new long[] {rows, width}, 'c');
  }
}
