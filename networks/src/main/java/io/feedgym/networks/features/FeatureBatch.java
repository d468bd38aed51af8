package io.feedgym.networks.features;

import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Rows of field values for a scorer built from a {@link FeatureSpec}: the caller sets each field of each row
 * by the field itself, and {@link #inputs} lays them out as the graph's inputs (one array per field, then one
 * per cross, computed here). Rows start empty: zeros, category 0 unset, no multi-hot member, an all-padding
 * sequence. Not thread-safe.
 */
public final class FeatureBatch {
  private final FeatureSpec spec;
  private final int rows;
  private final float[][] values;
  private final boolean[][] categorySet;

  /** An empty batch of {@code rows} rows of {@code spec}. */
  public FeatureBatch(FeatureSpec spec, int rows) {
    if (rows <= 0) {
      throw new IllegalArgumentException("rows must be positive, found " + rows);
    }
    this.spec = spec;
    this.rows = rows;
    List<Field> fields = spec.fields();
    values = new float[fields.size()][];
    categorySet = new boolean[fields.size()][];
    for (int f = 0; f < fields.size(); f++) {
      values[f] = new float[rows * fields.get(f).inputWidth()];
      categorySet[f] = fields.get(f) instanceof Field.Categorical ? new boolean[rows] : null;
    }
  }

  /** Number of rows. */
  public int rows() {
    return rows;
  }

  /** The spec this batch is laid out for. */
  public FeatureSpec spec() {
    return spec;
  }

  /** Sets number {@code index} of dense field {@code field} in row {@code row}. */
  public void dense(Field.Dense field, int row, int index, double value) {
    if (index < 0 || index >= field.width()) {
      throw new IllegalArgumentException(field.name() + " has " + field.width() + " numbers, found index " + index);
    }
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(field.name() + "[" + index + "] must be finite, found " + value);
    }
    values[slot(field)][checkRow(row) * field.width() + index] = (float) value;
  }

  /** Sets every number of dense field {@code field} in row {@code row}. */
  public void dense(Field.Dense field, int row, double[] numbers) {
    if (numbers.length != field.width()) {
      throw new IllegalArgumentException(field.name() + " has " + field.width() + " numbers, found " + numbers.length);
    }
    for (int j = 0; j < numbers.length; j++) {
      dense(field, row, j, numbers[j]);
    }
  }

  /** Sets the category of {@code field} in row {@code row}. */
  public void category(Field.Categorical field, int row, int category) {
    checkCategory(field.name(), category, field.vocabulary());
    int f = slot(field);
    values[f][checkRow(row)] = category;
    categorySet[f][row] = true;
  }

  /** Adds {@code category} to the set of {@code field} in row {@code row}. */
  public void member(Field.MultiHot field, int row, int category) {
    checkCategory(field.name(), category, field.vocabulary());
    values[slot(field)][checkRow(row) * field.vocabulary() + category] = 1f;
  }

  /**
   * Sets the sequence of {@code field} in row {@code row} to {@code recent}, oldest first; the last
   * {@code field.length()} entries are kept and a shorter sequence is left-padded.
   */
  public void sequence(Field.Sequence field, int row, int[] recent) {
    int length = field.length();
    float[] out = values[slot(field)];
    int offset = checkRow(row) * length;
    Arrays.fill(out, offset, offset + length, 0f);
    int kept = Math.min(length, recent.length);
    for (int i = 0; i < kept; i++) {
      int category = recent[recent.length - kept + i];
      checkCategory(field.name(), category, field.vocabulary());
      out[offset + length - kept + i] = category + 1;
    }
  }

  /** Clears every row. */
  public void clear() {
    for (int f = 0; f < values.length; f++) {
      Arrays.fill(values[f], 0f);
      if (categorySet[f] != null) {
        Arrays.fill(categorySet[f], false);
      }
    }
  }

  /**
   * The graph inputs in {@link FeatureSpec#inputNames()} order, new arrays of {@code type} owned by the caller;
   * fails naming the first categorical field left unset.
   */
  public INDArray[] inputs(DataType type) {
    List<Field> fields = spec.fields();
    List<FeatureSpec.Cross> crosses = spec.crosses();
    INDArray[] out = new INDArray[fields.size() + crosses.size()];
    for (int f = 0; f < fields.size(); f++) {
      if (categorySet[f] != null) {
        for (int r = 0; r < rows; r++) {
          if (!categorySet[f][r]) {
            throw new IllegalStateException("categorical field " + fields.get(f).name() + " is unset in row " + r);
          }
        }
      }
      out[f] = Nd4j.create(values[f], new long[] {rows, fields.get(f).inputWidth()}, 'c').castTo(type);
    }
    for (int c = 0; c < crosses.size(); c++) {
      FeatureSpec.Cross cross = crosses.get(c);
      float[] first = values[spec.indexOf(spec.field(cross.first()))];
      float[] second = values[spec.indexOf(spec.field(cross.second()))];
      int secondVocabulary = ((Field.Categorical) spec.field(cross.second())).vocabulary();
      float[] joint = new float[rows];
      for (int r = 0; r < rows; r++) {
        joint[r] = first[r] * secondVocabulary + second[r];
      }
      out[fields.size() + c] = Nd4j.create(joint, new long[] {rows, 1}, 'c').castTo(type);
    }
    return out;
  }

  private int slot(Field field) {
    return spec.indexOf(field);
  }

  private int checkRow(int row) {
    if (row < 0 || row >= rows) {
      throw new IllegalArgumentException("row must be in [0, " + rows + "), found " + row);
    }
    return row;
  }

  private static void checkCategory(String field, int category, int vocabulary) {
    if (category < 0 || category >= vocabulary) {
      throw new IllegalArgumentException(field + " categories are in [0, " + vocabulary + "), found " + category);
    }
  }
}
