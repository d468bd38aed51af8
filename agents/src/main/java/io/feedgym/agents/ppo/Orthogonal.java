package io.feedgym.agents.ppo;

import io.feedgym.random.SplitMix;

/**
 * Orthogonal weight initialisation (Saxe et al. 2014), as PyTorch's {@code nn.init.orthogonal_}: a Gaussian
 * matrix orthonormalised by Gram–Schmidt, so W [in × out] has orthonormal columns when in ≥ out and orthonormal
 * rows otherwise, times a gain.
 */
final class Orthogonal {
  private Orthogonal() {}

  /**
   * Writes a dense layer's parameters in DL4J's flat layout at {@code offset}: W [in × out] column-major
   * (entry (i, j) at j · in + i), orthogonal × {@code gain}, then {@code out} zero biases.
   */
  static void fill(int in, int out, double gain, SplitMix random, float[] params, int offset) {
    int tall = Math.max(in, out);
    int narrow = Math.min(in, out);
    double[][] q = new double[narrow][tall];
    for (int c = 0; c < narrow; c++) {
      for (int r = 0; r < tall; r++) {
        q[c][r] = random.nextGaussian();
      }
      for (int previous = 0; previous < c; previous++) {
        double dot = 0;
        for (int r = 0; r < tall; r++) {
          dot += q[c][r] * q[previous][r];
        }
        for (int r = 0; r < tall; r++) {
          q[c][r] -= dot * q[previous][r];
        }
      }
      double norm = 0;
      for (int r = 0; r < tall; r++) {
        norm += q[c][r] * q[c][r];
      }
      norm = Math.sqrt(norm);
      for (int r = 0; r < tall; r++) {
        q[c][r] /= norm;
      }
    }
    for (int j = 0; j < out; j++) {
      for (int i = 0; i < in; i++) {
        double w = in >= out ? q[j][i] : q[i][j];
        params[offset + j * in + i] = (float) (gain * w);
      }
    }
    java.util.Arrays.fill(params, offset + in * out, offset + in * out + out, 0f);
  }
}
