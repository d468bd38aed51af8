package io.feedgym.networks.layers;

import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.samediff.SameDiffLayer;

/**
 * A SameDiff layer that reads a sequence [batch × d × L] (NCW) and outputs one vector [batch × size] per row:
 * no preprocessor on its input, a feed-forward output.
 */
abstract class SequenceSummary extends SameDiffLayer {
  private static final long serialVersionUID = 1L;

  /** Width of the output vector. */
  abstract int outputSize();

  @Override
  public final InputType getOutputType(int layerIndex, InputType inputType) {
    return InputType.feedForward(outputSize());
  }

  @Override
  public final InputPreProcessor getPreProcessorForInputType(InputType inputType) {
    return null;
  }
}
