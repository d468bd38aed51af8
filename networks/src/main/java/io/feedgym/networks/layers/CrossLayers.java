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
 * The cross network of Deep &amp; Cross (Wang et al. 2017, "Deep &amp; Cross Network for Ad Click Predictions",
 * Eq. 3): {@code layers} stacked cross layers x_{l+1} = x₀ x_lᵀ w_l + b_l + x_l over x₀ of width d, input and
 * output [batch × d]. Since x_lᵀ w_l is a scalar per row, a layer costs O(d) and has 2d parameters,
 * {@code w<l>} [d × 1] and {@code b<l>} [1 × d]. A SameDiff layer (DL4J has no cross layer); SameDiff derives
 * the gradient.
 */
public final class CrossLayers extends SameDiffLayer {
  private static final long serialVersionUID = 1L;

  @JsonProperty
  private int width;
  @JsonProperty
  private int layers;

  /** For JSON deserialization only. */
  CrossLayers() {}

  /** {@code layers} cross layers over inputs of {@code width}. */
  public CrossLayers(int width, int layers) {
    this.width = width;
    this.layers = layers;
  }

  /** The name of layer {@code l}'s weight vector w_l. */
  public static String weight(int l) {
    return "w" + l;
  }

  /** The name of layer {@code l}'s bias b_l. */
  public static String bias(int l) {
    return "b" + l;
  }

  @Override
  public SDVariable defineLayer(SameDiff sd, SDVariable x0, Map<String, SDVariable> params, SDVariable mask) {
    SDVariable x = x0;
    for (int l = 0; l < layers; l++) {
      SDVariable projection = x.mmul(params.get(weight(l)));
      x = x0.mul(projection).add(params.get(bias(l))).add(x);
    }
    return GradientFix.halveGradient(sd, x);
  }

  @Override
  public void defineParameters(SDLayerParams params) {
    for (int l = 0; l < layers; l++) {
      params.addWeightParam(weight(l), width, 1);
      params.addBiasParam(bias(l), 1, width);
    }
  }

  @Override
  public void initializeParameters(Map<String, INDArray> params) {
    for (int l = 0; l < layers; l++) {
      ParamInit.uniform(params.get(weight(l)), width);
      params.get(bias(l)).assign(0);
    }
  }

  @Override
  public InputType getOutputType(int layerIndex, InputType inputType) {
    return InputType.feedForward(width);
  }
}
