package io.feedgym.offline.ope;

import io.feedgym.config.Checks;

/**
 * Ridge regression in plain Java: accumulates XᵀX and Xᵀy row by row and solves (XᵀX + λ·D) θ = Xᵀy by
 * Cholesky, D the identity but for the first column (the intercept, not penalised). Small dimensions only (the
 * solve is O(d³)). Not thread-safe.
 */
public final class RidgeRegression implements java.io.Serializable {
  private static final long serialVersionUID = 1L;
  private final int dim;
  private final double lambda;
  private final double[][] gram;
  private final double[] moment;
  private long rows;

  /** A regression on {@code dim} features (the first being the constant 1) with penalty {@code lambda}. */
  public RidgeRegression(int dim, double lambda) {
    Checks.atLeast("dim", dim, 1);
    Checks.positive("ridge", lambda);
    this.dim = dim;
    this.lambda = lambda;
    this.gram = new double[dim][dim];
    this.moment = new double[dim];
  }

  /** Adds the row (x, y) with weight 1. */
  public void add(double[] x, double y) {
    for (int a = 0; a < dim; a++) {
      moment[a] += x[a] * y;
      for (int b = 0; b <= a; b++) {
        gram[a][b] += x[a] * x[b];
      }
    }
    rows++;
  }

  /** Adds the rows another regression of the same dimension has accumulated (for partial sums in parallel). */
  public void merge(RidgeRegression other) {
    if (other.dim != dim) {
      throw new IllegalArgumentException("cannot merge a regression on " + other.dim + " features into one on " + dim);
    }
    for (int a = 0; a < dim; a++) {
      moment[a] += other.moment[a];
      for (int b = 0; b <= a; b++) {
        gram[a][b] += other.gram[a][b];
      }
    }
    rows += other.rows;
  }

  /** The rows added so far. */
  public long rows() {
    return rows;
  }

  /** θ for the rows added so far. */
  public double[] solve() {
    return solve(moment);
  }

  /** (XᵀX + λD)⁻¹ b for any right-hand side b. */
  public double[] solve(double[] b) {
    double[][] l = new double[dim][dim];
    for (int a = 0; a < dim; a++) {
      for (int c = 0; c <= a; c++) {
        double s = gram[a][c] + (a == c && a > 0 ? lambda : 0) + (a == c && a == 0 ? 1e-9 : 0);
        for (int m = 0; m < c; m++) {
          s -= l[a][m] * l[c][m];
        }
        if (a == c) {
          if (!(s > 0)) {
            throw new IllegalStateException("ridge system is not positive definite at column " + a);
          }
          l[a][a] = Math.sqrt(s);
        } else {
          l[a][c] = s / l[c][c];
        }
      }
    }
    double[] z = new double[dim];
    for (int a = 0; a < dim; a++) {
      double s = b[a];
      for (int m = 0; m < a; m++) {
        s -= l[a][m] * z[m];
      }
      z[a] = s / l[a][a];
    }
    double[] theta = new double[dim];
    for (int a = dim - 1; a >= 0; a--) {
      double s = z[a];
      for (int m = a + 1; m < dim; m++) {
        s -= l[m][a] * theta[m];
      }
      theta[a] = s / l[a][a];
    }
    return theta;
  }

  /** θ · x. */
  public static double dot(double[] theta, double[] x) {
    double s = 0;
    for (int a = 0; a < theta.length; a++) {
      s += theta[a] * x[a];
    }
    return s;
  }
}
