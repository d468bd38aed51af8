package io.feedgym.networks.clickmodel;

import io.feedgym.env.feed.FeedObservation;
import io.feedgym.networks.features.FeatureBatch;
import io.feedgym.networks.features.FeatureSpec;
import io.feedgym.networks.features.FeedFeatures;
import io.feedgym.networks.features.Field;
import io.feedgym.networks.features.Tower;
import io.feedgym.networks.sequence.RecentItems;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The rows of a click model: one per shown position of a feed page, the (state, item) fields of
 * {@link FeedFeatures} plus the categorical field {@value #POSITION} (the position bias), labelled 1 for a click.
 * Pages are encoded as they are added and kept as plain float columns, one per graph input, from which
 * minibatches are gathered in Java (one ND4J array per input and batch). Not thread-safe.
 */
public final class ClickRows implements ClickData {
  /** Name of the position field, a category in [0, slate size). */
  public static final String POSITION = "position";

  private final FeedFeatures features;
  private final Field.Categorical position;
  private final FeatureSpec spec;
  private final RecentItems noHistory = new RecentItems(1);
  private final int[] widths;
  private final FeatureBatch page;
  private float[][] columns;
  private float[] labels = new float[1024];
  private int rows;

  /** Empty rows for pages of {@code features}' space with slates of at most {@code slateSize} positions. */
  public ClickRows(FeedFeatures features, int slateSize, int embeddingDim) {
    this.features = features;
    this.position = new Field.Categorical(POSITION, Tower.ITEM, slateSize, embeddingDim);
    List<Field> fields = new ArrayList<>(features.spec().fields());
    fields.add(position);
    this.spec = new FeatureSpec(fields, features.spec().crosses());
    this.page = new FeatureBatch(spec, slateSize);
    widths = new int[fields.size() + spec.crosses().size()];
    columns = new float[widths.length][];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = i < fields.size() ? fields.get(i).inputWidth() : 1;
      columns[i] = new float[labels.length * widths[i]];
    }
  }

  /** The fields and crosses of the rows: {@link FeedFeatures}' and the position. */
  @Override
  public FeatureSpec spec() {
    return spec;
  }

  /**
   * Adds one row per position k of {@code slate} (candidate indices of {@code page}, top first), labelled with
   * {@code clicked[k]}.
   */
  public void add(FeedObservation observation, int[] slate, boolean[] clicked) {
    if (slate.length != clicked.length) {
      throw new IllegalArgumentException("slate and clicks must have one entry per position, found " + slate.length
          + " and " + clicked.length);
    }
    if (slate.length > position.vocabulary()) {
      throw new IllegalArgumentException("a slate of " + slate.length + " positions exceeds the click model's "
          + position.vocabulary());
    }
    page.clear();
    for (int k = 0; k < position.vocabulary(); k++) {
      features.encode(observation, noHistory, slate[Math.min(k, slate.length - 1)], page, k);
      page.category(position, k, k);
    }
    INDArray[] encoded = page.inputs(DataType.FLOAT);
    ensureCapacity(rows + slate.length);
    for (int i = 0; i < encoded.length; i++) {
      float[] values = encoded[i].data().asFloat();
      System.arraycopy(values, 0, columns[i], rows * widths[i], slate.length * widths[i]);
    }
    for (int k = 0; k < slate.length; k++) {
      labels[rows++] = clicked[k] ? 1f : 0f;
    }
  }

  /** Rows added so far. */
  @Override
  public int size() {
    return rows;
  }

  /** The clicks of every row, 1 or 0, in the order added. */
  @Override
  public float[] labels() {
    return Arrays.copyOf(labels, rows);
  }

  @Override
  public INDArray[] inputs(int[] indices) {
    INDArray[] out = new INDArray[columns.length];
    for (int i = 0; i < columns.length; i++) {
      int w = widths[i];
      float[] gathered = new float[indices.length * w];
      for (int r = 0; r < indices.length; r++) {
        if (indices[r] < 0 || indices[r] >= rows) {
          throw new IndexOutOfBoundsException("row " + indices[r] + " of " + rows);
        }
        System.arraycopy(columns[i], indices[r] * w, gathered, r * w, w);
      }
      out[i] = Nd4j.create(gathered, new long[] {indices.length, w}, 'c');
    }
    return out;
  }

  private void ensureCapacity(int needed) {
    if (needed <= labels.length) {
      return;
    }
    int capacity = Math.max(needed, labels.length * 2);
    labels = Arrays.copyOf(labels, capacity);
    for (int i = 0; i < columns.length; i++) {
      columns[i] = Arrays.copyOf(columns[i], capacity * widths[i]);
    }
  }
}
