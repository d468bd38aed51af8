package io.feedgym.agents.offline;

import io.feedgym.agents.slateq.SlateEncoder;
import io.feedgym.env.feed.FeedObservation;
import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The inputs and labels ({@link PageLabels}) of a minibatch of whole logged pages for an item network: every
 * page contributes its {@code pageRows} rows (candidates, then ⊥) with availability, logged slate positions
 * and, for the rows that are trained, a TD target of weight 1. Built once per update; not thread-safe.
 */
final class PageBatch {
  private final SlateEncoder<FeedObservation> encoder;
  private final int pageRows;
  private final float[] states;
  private final float[] items;
  private final float[] labels;
  private final double[] available;
  private int rows;

  /** Room for {@code pages} pages. */
  PageBatch(SlateEncoder<FeedObservation> encoder, int pages) {
    this.encoder = encoder;
    this.pageRows = encoder.pageRows();
    int capacity = pages * pageRows;
    this.states = new float[capacity * encoder.stateSize()];
    this.items = new float[capacity * encoder.itemSize()];
    this.labels = new float[capacity * PageLabels.COLUMNS];
    this.available = new double[capacity];
  }

  /**
   * Adds {@code page}, logged with {@code slate} (candidate indices in position order), whose rows
   * {@code trained} (candidate indices, {@code candidates} for ⊥; none for behaviour cloning) have target {@code y}.
   */
  void add(FeedObservation page, int[] slate, int[] trained, double y) {
    int first = rows;
    encoder.encodeState(page, states, first, pageRows);
    encoder.encodeItems(page, items, first, available);
    for (int r = first; r < first + pageRows; r++) {
      labels[r * PageLabels.COLUMNS + PageLabels.AVAILABLE] = (float) available[r];
      labels[r * PageLabels.COLUMNS + PageLabels.POSITION] = -1f;
    }
    for (int k = 0; k < slate.length; k++) {
      labels[(first + slate[k]) * PageLabels.COLUMNS + PageLabels.POSITION] = k;
    }
    for (int item : trained) {
      labels[(first + item) * PageLabels.COLUMNS + PageLabels.TARGET] = (float) y;
      labels[(first + item) * PageLabels.COLUMNS + PageLabels.WEIGHT] = 1f;
    }
    rows += pageRows;
  }

  /** The states, then the items, of the stored rows. */
  INDArray[] inputs() {
    return new INDArray[] {matrix(states, encoder.stateSize()), matrix(items, encoder.itemSize())};
  }

  INDArray[] labels() {
    return new INDArray[] {matrix(labels, PageLabels.COLUMNS)};
  }

  private INDArray matrix(float[] data, int width) {
    return Nd4j.create(Arrays.copyOf(data, rows * width), new long[] {rows, width}, 'c');
  }
}
