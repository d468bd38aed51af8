package io.feedgym.agents.slateq;

import io.feedgym.env.recsim.InterestEvolutionConfig;
import io.feedgym.env.recsim.InterestEvolutionObservation;
import io.feedgym.env.recsim.InterestEvolutionObservationSpace;
import java.util.Arrays;

/**
 * The {@link SlateEncoder} of RecSim's interest_evolution. State row: the user's interest in each cluster.
 * Item row: the one-hot of the candidate's cluster, the user's interest in that cluster, then the null-item
 * indicator (⊥: all zeros, then 1). Choice scores are the simulator's multinomial proportional model as
 * RecSim's SlateQ agent computes it ({@code score_documents}): v(s, i) = interest − min_normalizer and
 * v(s, ⊥) = no_click_mass − min_normalizer, so P(i | s, A) = v(s, i) / (v(s, ⊥) + Σ_{j∈A} v(s, j)) is
 * exactly the user's choice. Immutable and thread-safe.
 */
final class InterestEvolutionEncoder extends RecsimEncoder<InterestEvolutionObservation> {
  private final int clusters;
  private final double minNormalizer;
  private final double noClickScore;

  /** For observations of {@code space}, with the choice parameters of {@code config}. */
  InterestEvolutionEncoder(InterestEvolutionObservationSpace space, InterestEvolutionConfig config) {
    super(space.numCandidates());
    this.clusters = space.numClusters();
    this.minNormalizer = config.minNormalizer();
    this.noClickScore = config.noClickMass() - config.minNormalizer();
  }

  @Override
  public int stateSize() {
    return clusters;
  }

  /** The cluster one-hot, the interest in the cluster and the null-item indicator. */
  @Override
  public int itemSize() {
    return clusters + 2;
  }

  @Override
  public void encodeState(InterestEvolutionObservation page, float[] out, int row, int copies) {
    int offset = row * clusters;
    double[] interests = page.interests();
    for (int j = 0; j < clusters; j++) {
      out[offset + j] = (float) interests[j];
    }
    for (int copy = 1; copy < copies; copy++) {
      System.arraycopy(out, offset, out, offset + copy * clusters, clusters);
    }
  }

  @Override
  public void encodeItem(InterestEvolutionObservation page, int candidate, float[] out, int row) {
    int offset = row * itemSize();
    Arrays.fill(out, offset, offset + itemSize(), 0f);
    if (candidate == candidates()) {
      out[offset + clusters + 1] = 1f;
      return;
    }
    out[offset + page.clusters()[candidate]] = 1f;
    out[offset + clusters] = (float) page.score(candidate);
  }

  @Override
  public double[] choiceScores(InterestEvolutionObservation page) {
    double[] scores = new double[candidates()];
    for (int c = 0; c < scores.length; c++) {
      scores[c] = page.score(c) - minNormalizer;
    }
    return scores;
  }

  @Override
  public double noClickScore() {
    return noClickScore;
  }

  /** The interests, then the cluster ids. */
  @Override
  int vectorSize() {
    return clusters + candidates();
  }

  @Override
  double[] toVector(InterestEvolutionObservation page) {
    double[] vector = Arrays.copyOf(page.interests(), vectorSize());
    int[] ids = page.clusters();
    for (int c = 0; c < ids.length; c++) {
      vector[clusters + c] = ids[c];
    }
    return vector;
  }

  @Override
  InterestEvolutionObservation fromVector(double[] vector) {
    int[] ids = new int[candidates()];
    for (int c = 0; c < ids.length; c++) {
      ids[c] = (int) vector[clusters + c];
    }
    return new InterestEvolutionObservation(Arrays.copyOf(vector, clusters), ids);
  }
}
