package io.feedgym.networks.clickmodel;

import io.feedgym.networks.features.FeatureSpec;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Labelled rows for a click model: the fields they fill, their clicks and any subset as graph inputs. */
public interface ClickData {

  /** The fields and crosses of the rows. */
  FeatureSpec spec();

  /** Number of rows. */
  int size();

  /** The click of every row, 1 or 0, in row order; a new array. */
  float[] labels();

  /** The rows {@code indices}, in that order, as the graph's inputs ({@link FeatureSpec#inputNames()} order). */
  INDArray[] inputs(int[] indices);

  /** The rows {@code from} (inclusive) to {@code to} (exclusive) as the graph's inputs. */
  default INDArray[] inputs(int from, int to) {
    int[] indices = new int[to - from];
    for (int r = 0; r < indices.length; r++) {
      indices[r] = from + r;
    }
    return inputs(indices);
  }
}
