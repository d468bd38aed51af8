package io.feedgym.networks.layers;

import java.util.Map;
import org.deeplearning4j.nn.conf.layers.samediff.SDLayerParams;
import org.nd4j.autodiff.samediff.SDIndex;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * A gated recurrent unit over a fixed-length sequence, returning the last hidden state — GRU4Rec's session
 * encoder (Hidasi et al. 2016, "Session-based Recommendations with Recurrent Neural Networks", Sec. 3, the GRU
 * of Cho et al. 2014): z_t = σ(x_t W_z + h_{t−1} U_z + b_z), r_t = σ(x_t W_r + h_{t−1} U_r + b_r),
 * ĥ_t = tanh(x_t W_h + (r_t ⊙ h_{t−1}) U_h + b_h), h_t = (1 − z_t) ⊙ h_{t−1} + z_t ⊙ ĥ_t, with h_{−1} = 0.
 * Input [batch × d × L] (DL4J's NCW, as {@code EmbeddingSequenceLayer} emits), output h_{L−1} [batch × h].
 * DL4J 1.0.0-M2.1 has LSTM and SimpleRnn layers but no GRU, so this is a SameDiff layer with the L steps
 * unrolled (L is a small, fixed history length); SameDiff derives the gradient through time.
 */
public final class GruLayer extends SequenceSummary {
  private static final long serialVersionUID = 1L;
  private static final String[] GATES = {"z", "r", "h"};

  @JsonProperty
  private int inputSize;
  @JsonProperty
  private int hiddenSize;
  @JsonProperty
  private int length;

  /** For JSON deserialization only. */
  GruLayer() {}

  /** A GRU of {@code hiddenSize} units over {@code length} steps of {@code inputSize} features. */
  public GruLayer(int inputSize, int hiddenSize, int length) {
    this.inputSize = inputSize;
    this.hiddenSize = hiddenSize;
    this.length = length;
  }

  /** Input weights W of gate {@code gate} (z, r or h), [d × h]. */
  public static String inputWeight(String gate) {
    return "W" + gate;
  }

  /** Recurrent weights U of gate {@code gate}, [h × h]. */
  public static String recurrentWeight(String gate) {
    return "U" + gate;
  }

  /** Bias of gate {@code gate}, [1 × h]. */
  public static String bias(String gate) {
    return "b" + gate;
  }

  @Override
  public SDVariable defineLayer(SameDiff sd, SDVariable input, Map<String, SDVariable> params, SDVariable mask) {
    SDVariable h = null;
    for (int t = 0; t < length; t++) {
      SDVariable x = input.get(SDIndex.all(), SDIndex.all(), SDIndex.point(t));
      SDVariable zIn = x.mmul(params.get(inputWeight("z"))).add(params.get(bias("z")));
      SDVariable candidateIn = x.mmul(params.get(inputWeight("h"))).add(params.get(bias("h")));
      if (h == null) {
        // h_{-1} = 0: the reset gate has nothing to reset and h_0 = z_0 ⊙ ĥ_0.
        h = sd.nn().sigmoid(zIn).mul(sd.nn().tanh(candidateIn));
        continue;
      }
      SDVariable z = sd.nn().sigmoid(zIn.add(h.mmul(params.get(recurrentWeight("z")))));
      SDVariable r = sd.nn().sigmoid(x.mmul(params.get(inputWeight("r"))).add(params.get(bias("r")))
          .add(h.mmul(params.get(recurrentWeight("r")))));
      SDVariable candidate = sd.nn().tanh(candidateIn.add(r.mul(h).mmul(params.get(recurrentWeight("h")))));
      h = z.rsub(1.0).mul(h).add(z.mul(candidate));
    }
    return GradientFix.halveGradient(sd, h);
  }

  @Override
  public void defineParameters(SDLayerParams params) {
    for (String gate : GATES) {
      params.addWeightParam(inputWeight(gate), inputSize, hiddenSize);
      params.addWeightParam(recurrentWeight(gate), hiddenSize, hiddenSize);
      params.addBiasParam(bias(gate), 1, hiddenSize);
    }
  }

  @Override
  public void initializeParameters(Map<String, INDArray> params) {
    // PyTorch's nn.GRU initialization: every parameter from U(−1/√h, 1/√h).
    for (String gate : GATES) {
      ParamInit.uniform(params.get(inputWeight(gate)), hiddenSize);
      ParamInit.uniform(params.get(recurrentWeight(gate)), hiddenSize);
      ParamInit.uniform(params.get(bias(gate)), hiddenSize);
    }
  }

  @Override
  int outputSize() {
    return hiddenSize;
  }
}
