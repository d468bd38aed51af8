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
 * The factorization-machine embedding of {@code width} real features (Rendle 2010, Eq. 1: feature j enters
 * the pairwise term as x_j · v_j): input [batch × width], output [batch × width·k], the row-major stack of
 * x_j v_j. One parameter, V [width × k]. A SameDiff layer because DL4J has no per-feature scaled embedding;
 * SameDiff derives its gradient. This class is the configuration, serialized with the network.
 */
public final class ScaledEmbedding extends SameDiffLayer {
  private static final long serialVersionUID = 1L;
  /** The name of the embedding parameter V. */
  public static final String V = "V";

  @JsonProperty
  private int width;
  @JsonProperty
  private int dim;

  /** For JSON deserialization only. */
  ScaledEmbedding() {}

  /** Embeds {@code width} numbers in {@code dim} dimensions each. */
  public ScaledEmbedding(int width, int dim) {
    this.width = width;
    this.dim = dim;
  }

  @Override
  public SDVariable defineLayer(SameDiff sd, SDVariable input, Map<String, SDVariable> params, SDVariable mask) {
    SDVariable scaled = input.reshape(-1, width, 1).mul(params.get(V).reshape(1, width, dim));
    return GradientFix.halveGradient(sd, scaled.reshape(-1, (long) width * dim));
  }

  @Override
  public void defineParameters(SDLayerParams params) {
    params.addWeightParam(V, width, dim);
  }

  @Override
  public void initializeParameters(Map<String, INDArray> params) {
    ParamInit.uniform(params.get(V), dim);
  }

  @Override
  public InputType getOutputType(int layerIndex, InputType inputType) {
    return InputType.feedForward((long) width * dim);
  }
}
