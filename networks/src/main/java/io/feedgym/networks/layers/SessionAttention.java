package io.feedgym.networks.layers;

import java.util.Map;
import org.deeplearning4j.nn.conf.layers.samediff.SDLayerParams;
import org.nd4j.autodiff.samediff.SDIndex;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * Self-attention over a session, read at its most recent position, after SASRec (Kang &amp; McAuley 2018,
 * Sec. III): learned position embeddings are added, x̂_t = x_t + P_t (Sec. III-B), then scaled dot-product
 * attention (Vaswani et al. 2017, Eq. 1) with the last position as the query: a = softmax_t(q·k_t / √d) with
 * q = x̂_{L−1} W_Q, k_t = x̂_t W_K, and the output Σ_t a_t x̂_t W_V. Input [batch × d × L] (NCW, as
 * {@code EmbeddingSequenceLayer} emits), output [batch × d]; parameters {@value #P} [d × L] and W_Q, W_K, W_V
 * [d × d]. One head and one layer, without SASRec's feed-forward block; since only the last position is read,
 * computing its query alone is exact and O(L·d²). Written in SameDiff rather than with DL4J's
 * {@code SelfAttentionLayer}, which is itself a SameDiff layer with M2.1's doubled gradient (measured 2.000
 * against central differences; see {@link GradientFix}) and no place to correct it, and which would compute
 * all L queries.
 */
public final class SessionAttention extends SequenceSummary {
  private static final long serialVersionUID = 1L;
  public static final String P = "P";
  public static final String WQ = "Wq";
  public static final String WK = "Wk";
  public static final String WV = "Wv";

  @JsonProperty
  private int dim;
  @JsonProperty
  private int length;

  /** For JSON deserialization only. */
  SessionAttention() {}

  /** Attention over sequences of {@code length} vectors of dimension {@code dim}. */
  public SessionAttention(int dim, int length) {
    this.dim = dim;
    this.length = length;
  }

  @Override
  public SDVariable defineLayer(SameDiff sd, SDVariable input, Map<String, SDVariable> params, SDVariable mask) {
    SDVariable x = input.add(params.get(P).reshape(1, dim, length)).permute(0, 2, 1); // [batch, L, d]
    SDVariable flat = x.reshape(-1, dim);
    SDVariable keys = flat.mmul(params.get(WK)).reshape(-1, length, dim);
    SDVariable values = flat.mmul(params.get(WV)).reshape(-1, length, dim);
    SDVariable query = x.get(SDIndex.all(), SDIndex.point(length - 1), SDIndex.all()).mmul(params.get(WQ));
    SDVariable scores = Reductions.sum(sd, keys.mul(query.reshape(-1, 1, dim)), 2, dim).div(Math.sqrt(dim));
    SDVariable weights = sd.nn().softmax(scores.reshape(-1, length), 1);
    SDVariable out = Reductions.sum(sd, values.mul(weights.reshape(-1, length, 1)), 1, length);
    return GradientFix.halveGradient(sd, out.reshape(-1, dim));
  }

  @Override
  public void defineParameters(SDLayerParams params) {
    params.addWeightParam(P, dim, length);
    for (String w : new String[] {WQ, WK, WV}) {
      params.addWeightParam(w, dim, dim);
    }
  }

  @Override
  public void initializeParameters(Map<String, INDArray> params) {
    ParamInit.uniform(params.get(P), dim);
    for (String w : new String[] {WQ, WK, WV}) {
      ParamInit.uniform(params.get(w), dim);
    }
  }

  @Override
  int outputSize() {
    return dim;
  }
}
