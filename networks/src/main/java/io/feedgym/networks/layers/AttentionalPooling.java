package io.feedgym.networks.layers;

import java.util.Map;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.samediff.SDLayerParams;
import org.deeplearning4j.nn.conf.layers.samediff.SameDiffLayer;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * The attention-based pooling of Attentional FM (Xiao et al. 2017, "Attentional Factorization Machines",
 * Eqs. 3–5) over a stack of n vectors e_i = v_i x_i of dimension k, input [batch × n·k], output [batch × 1]:
 * for every pair i &lt; j, p_ij = e_i ⊙ e_j; a′_ij = hᵀ ReLU(W p_ij + b); a_ij = softmax over the pairs of
 * a′_ij; out = pᵀ Σ_{i&lt;j} a_ij p_ij. Parameters W [k × t], b [1 × t], h [t × 1] and p [k × 1], with t the
 * attention size. All n² products are formed and the n(n+1)/2 with i ≥ j masked out, so the cost is O(n²·k·t)
 * per row. A SameDiff layer; SameDiff derives the gradient.
 */
public final class AttentionalPooling extends SameDiffLayer {
  private static final long serialVersionUID = 1L;
  public static final String W = "W";
  public static final String B = "b";
  public static final String H = "h";
  public static final String P = "p";

  @JsonProperty
  private int vectors;
  @JsonProperty
  private int dim;
  @JsonProperty
  private int attention;

  /** For JSON deserialization only. */
  AttentionalPooling() {}

  /** Pooling of the pairs of {@code vectors} vectors of dimension {@code dim} with attention size {@code attention}. */
  public AttentionalPooling(int vectors, int dim, int attention) {
    if (vectors < 2) {
      throw new IllegalArgumentException("attentional pooling needs at least 2 vectors, found " + vectors);
    }
    this.vectors = vectors;
    this.dim = dim;
    this.attention = attention;
  }

  @Override
  public SDVariable defineLayer(SameDiff sd, SDVariable input, Map<String, SDVariable> params, SDVariable mask) {
    int cells = vectors * vectors;
    // Every (i, j) product by broadcasting, [batch, n, n, k]; pairs with i >= j are masked out of the softmax.
    // (Gathering the i < j pairs instead fails to differentiate in ND4J 1.0.0-M2.1.)
    SDVariable products = input.reshape(-1, vectors, 1, dim).mul(input.reshape(-1, 1, vectors, dim))
        .reshape(-1, cells, dim);
    SDVariable flat = products.reshape(-1, dim);
    SDVariable hidden = sd.nn().relu(flat.mmul(params.get(W)).add(params.get(B)), 0);
    SDVariable logits = hidden.mmul(params.get(H)).reshape(-1, cells);
    SDVariable weights = sd.nn().softmax(logits.add(sd.constant(pairMask(input.dataType()))), 1);
    SDVariable pooled = products.mul(weights.reshape(-1, cells, 1)).sum(1);
    return GradientFix.halveGradient(sd, pooled.mmul(params.get(P)));
  }

  /** [1 × n²]: 0 where i &lt; j, −10⁹ elsewhere, so that exp(logit − max) is exactly 0 off the pairs. */
  private INDArray pairMask(DataType type) {
    INDArray mask = Nd4j.zeros(type, 1, (long) vectors * vectors);
    for (int i = 0; i < vectors; i++) {
      for (int j = 0; j <= i; j++) {
        mask.putScalar(0, (long) i * vectors + j, -1e9);
      }
    }
    return mask;
  }

  @Override
  public void defineParameters(SDLayerParams params) {
    params.addWeightParam(W, dim, attention);
    params.addBiasParam(B, 1, attention);
    params.addWeightParam(H, attention, 1);
    params.addWeightParam(P, dim, 1);
  }

  @Override
  public void initializeParameters(Map<String, INDArray> params) {
    ParamInit.uniform(params.get(W), dim);
    params.get(B).assign(0);
    ParamInit.uniform(params.get(H), attention);
    ParamInit.uniform(params.get(P), dim);
  }

  @Override
  public InputType getOutputType(int layerIndex, InputType inputType) {
    return InputType.feedForward(1);
  }
}
