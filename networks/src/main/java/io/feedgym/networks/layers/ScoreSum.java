package io.feedgym.networks.layers;

import java.util.Map;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.samediff.SDLayerParams;
import org.deeplearning4j.nn.conf.layers.samediff.SameDiffLayer;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * The output sum of additive scorers: ŷ = w₀ + Σ_columns of its input [batch × width] (the terms merged side
 * by side), output [batch × 1]. FM's first-order terms (one column per field), its pairwise term, a deep
 * part's logit and a wide part are all added here, as in FM (Rendle 2010, Eq. 1), Wide &amp; Deep (Cheng et al.
 * 2016, Eq. 3), DeepFM (Guo et al. 2017, Eq. 1) and AFM (Xiao et al. 2017, Eq. 5). A SameDiff layer with one
 * parameter, {@value #BIAS} [1 × 1], initialized to 0. (A layer over merged terms rather than a SameDiff
 * vertex over several inputs: DL4J 1.0.0-M2.1 does not give a {@code SameDiffVertex} the network's updater.)
 */
public final class ScoreSum extends SameDiffLayer {
  private static final long serialVersionUID = 1L;
  /** The name of the global bias w₀. */
  public static final String BIAS = "w0";

  @JsonProperty
  private int width;

  /** For JSON deserialization only. */
  ScoreSum() {}

  /** The sum of the {@code width} columns of the input and a bias. */
  public ScoreSum(int width) {
    if (width < 1) {
      throw new IllegalArgumentException("a score sum needs at least one column, found " + width);
    }
    this.width = width;
  }

  @Override
  public SDVariable defineLayer(SameDiff sd, SDVariable input, Map<String, SDVariable> params, SDVariable mask) {
    return GradientFix.halveGradient(sd, Reductions.rowSums(input, width).add(params.get(BIAS)));
  }

  @Override
  public void defineParameters(SDLayerParams params) {
    params.addBiasParam(BIAS, 1, 1);
  }

  @Override
  public void initializeParameters(Map<String, INDArray> params) {
    params.get(BIAS).assign(0);
  }

  @Override
  public InputType getOutputType(int layerIndex, InputType inputType) {
    return InputType.feedForward(1);
  }
}
