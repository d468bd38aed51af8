package io.feedgym.networks.layers;

import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.samediff.SameDiffLambdaLayer;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * The factorization machine's pairwise term (Rendle 2010, Eq. 1 and Lemma 3.1) over a stack of n vectors of
 * dimension k, input [batch × n·k] (vector i in columns [i·k, (i+1)·k)), output [batch × 1]:
 * Σ_{i<j} ⟨e_i, e_j⟩ = ½ Σ_f [(Σ_i e_{i,f})² − Σ_i e_{i,f}²], computed in O(k·n) instead of O(k·n²). The
 * vectors arrive already scaled by their feature values (e_i = v_i x_i). Parameter-free; a SameDiff lambda
 * layer, so SameDiff derives the gradient.
 */
public final class PairwiseInteraction extends SameDiffLambdaLayer {
  private static final long serialVersionUID = 1L;

  @JsonProperty
  private int vectors;
  @JsonProperty
  private int dim;

  /** For JSON deserialization only. */
  PairwiseInteraction() {}

  /** The pairwise term of {@code vectors} vectors of dimension {@code dim}. */
  public PairwiseInteraction(int vectors, int dim) {
    if (vectors < 2) {
      throw new IllegalArgumentException("pairwise interactions need at least 2 vectors, found " + vectors);
    }
    this.vectors = vectors;
    this.dim = dim;
  }

  @Override
  public SDVariable defineLayer(SameDiff sd, SDVariable input) {
    SDVariable e = input.reshape(-1, vectors, dim);
    SDVariable sum = e.sum(1);
    SDVariable sumOfSquares = e.mul(e).sum(1);
    return GradientFix.halveGradient(sd, Reductions.rowSums(sum.mul(sum).sub(sumOfSquares), dim).mul(0.5));
  }

  @Override
  public InputType getOutputType(int layerIndex, InputType inputType) {
    return InputType.feedForward(1);
  }
}
