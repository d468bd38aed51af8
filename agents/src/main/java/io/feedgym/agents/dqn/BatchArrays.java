package io.feedgym.agents.dqn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The minibatch arrays of a Q-network update, allocated once and refilled in place: each fresh ND4J
 * allocation costs an off-heap allocation and a deallocator registration.
 */
final class BatchArrays {
  private final INDArray states;
  private final INDArray nextStates;
  private final INDArray labels;
  private final INDArray mask;

  BatchArrays(int batch, int width, int actions) {
    states = Nd4j.create(DataType.FLOAT, batch, width);
    nextStates = Nd4j.create(DataType.FLOAT, batch, width);
    labels = Nd4j.create(DataType.FLOAT, batch, actions);
    mask = Nd4j.create(DataType.FLOAT, batch, actions);
  }

  /** Copies row-major states and next states in; lengths must match the batch shape. */
  void fillStates(float[] stateData, float[] nextStateData) {
    states.data().setData(stateData);
    nextStates.data().setData(nextStateData);
  }

  /** Copies row-major TD targets and the taken-action mask in; lengths must match the batch shape. */
  void fillTargets(float[] labelData, float[] maskData) {
    labels.data().setData(labelData);
    mask.data().setData(maskData);
  }

  INDArray states() {
    return states;
  }

  INDArray nextStates() {
    return nextStates;
  }

  INDArray labels() {
    return labels;
  }

  INDArray mask() {
    return mask;
  }
}
