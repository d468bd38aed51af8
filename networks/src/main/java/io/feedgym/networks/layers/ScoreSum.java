package io.feedgym.networks.layers;

import java.util.Map;
import org.deeplearning4j.nn.conf.graph.GraphVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.samediff.SDVertexParams;
import org.deeplearning4j.nn.conf.layers.samediff.SameDiffVertex;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * The output sum of additive scorers: ŷ = w₀ + Σ_inputs Σ_columns, one global bias w₀ plus every column of
 * every input, output [batch × 1]. FM's first-order terms (one column per field), its pairwise term, a deep
 * part's logit and a wide part are all added here, as in FM (Rendle 2010, Eq. 1), Wide &amp; Deep (Cheng et al.
 * 2016, Eq. 3), DeepFM (Guo et al. 2017, Eq. 1) and AFM (Xiao et al. 2017, Eq. 5). A SameDiff vertex with
 * one parameter, {@value #BIAS} [1 × 1], initialized to 0.
 */
public final class ScoreSum extends SameDiffVertex {
  private static final long serialVersionUID = 1L;
  /** The name of the global bias w₀. */
  public static final String BIAS = "w0";

  @JsonProperty
  private int[] widths;

  /** For JSON deserialization only. */
  ScoreSum() {}

  /** The sum of inputs of {@code widths} columns and a bias. */
  public ScoreSum(int... widths) {
    if (widths.length < 1 || java.util.Arrays.stream(widths).anyMatch(w -> w < 1)) {
      throw new IllegalArgumentException("a score sum needs inputs of positive widths, found "
          + java.util.Arrays.toString(widths));
    }
    this.widths = widths.clone();
  }

  @Override
  public SDVariable defineVertex(SameDiff sd, Map<String, SDVariable> layerInputs, Map<String, SDVariable> params,
      Map<String, SDVariable> masks) {
    SDVariable total = null;
    for (int i = 0; i < widths.length; i++) {
      SDVariable column = Reductions.rowSums(layerInputs.get(inputName(i)), widths[i]);
      total = total == null ? column : total.add(column);
    }
    return GradientFix.halveGradient(sd, total.add(params.get(BIAS)));
  }

  @Override
  public void defineParametersAndInputs(SDVertexParams params) {
    String[] names = new String[widths.length];
    for (int i = 0; i < widths.length; i++) {
      names[i] = inputName(i);
    }
    params.defineInputs(names);
    params.addBiasParam(BIAS, 1, 1);
  }

  private static String inputName(int i) {
    return "in" + i;
  }

  @Override
  public void initializeParameters(Map<String, INDArray> params) {
    params.get(BIAS).assign(0);
  }

  @Override
  public InputType getOutputType(int layerIndex, InputType... vertexInputs) {
    return InputType.feedForward(1);
  }

  @Override
  public GraphVertex clone() {
    return new ScoreSum(widths);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScoreSum other && java.util.Arrays.equals(other.widths, widths);
  }

  @Override
  public int hashCode() {
    return 31 * ScoreSum.class.hashCode() + java.util.Arrays.hashCode(widths);
  }
}
