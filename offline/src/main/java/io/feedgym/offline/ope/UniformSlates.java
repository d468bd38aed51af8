package io.feedgym.offline.ope;

import io.feedgym.env.feed.FeedObservation;
import io.feedgym.policies.distributions.PlackettLuce;
import java.util.random.RandomGenerator;

/**
 * The uniformly random slate over a page's available candidates: with n available, position k takes each of
 * the n − k remaining ones with probability 1/(n − k), and P(c at k) = 1/n for every available c. Stateless and
 * thread-safe.
 */
public final class UniformSlates implements SlatePolicy {

  @Override
  public double[] conditionals(FeedObservation page, int[] slate) {
    int n = available(page);
    double[] out = new double[slate.length];
    for (int k = 0; k < slate.length; k++) {
      out[k] = page.available(slate[k]) ? 1.0 / (n - k) : 0;
    }
    return out;
  }

  @Override
  public double[][] marginals(FeedObservation page, int positions) {
    int n = available(page);
    double[][] out = new double[positions][page.numCandidates()];
    for (int k = 0; k < positions; k++) {
      for (int c = 0; c < page.numCandidates(); c++) {
        out[k][c] = page.available(c) ? 1.0 / n : 0;
      }
    }
    return out;
  }

  @Override
  public int[] sample(FeedObservation page, int positions, RandomGenerator random) {
    return PlackettLuce.sample(new double[page.numCandidates()], page.mask(), positions, random);
  }

  static int available(FeedObservation page) {
    int n = 0;
    for (int c = 0; c < page.numCandidates(); c++) {
      n += page.available(c) ? 1 : 0;
    }
    return n;
  }

  @Override
  public String name() {
    return "uniform";
  }
}
