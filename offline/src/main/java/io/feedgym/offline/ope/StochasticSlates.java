package io.feedgym.offline.ope;

import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feed.RankingWeights;
import io.feedgym.offline.logging.EpsilonGreedySlates;
import io.feedgym.offline.logging.LoggingPolicy;
import io.feedgym.offline.logging.PlackettLuceSlates;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A stochastic policy of {@code offline.logging} (ε-greedy or softmax/Plackett–Luce slates) as a target or
 * logging model: its conditionals are the policy's exact propensities. Position-wise marginals are exact too:
 * in closed form for ε-greedy, P(c at k) = (1 − ε)·1[g_k = c] + ε/n with n available candidates; for
 * Plackett–Luce (and any other policy) by enumerating every ordered prefix of up to {@code positions} items
 * (the sum over prefixes of the chain rule; for Plackett–Luce with the weights computed once per page),
 * refused with a message above {@value #MAX_PREFIXES} prefixes (Plackett–Luce marginals have no closed form).
 * Stateless and thread-safe.
 */
public final class StochasticSlates implements SlatePolicy {
  /** The most ordered prefixes {@link #marginals} enumerates. */
  public static final long MAX_PREFIXES = 200_000;

  private final String name;
  private final LoggingPolicy policy;

  public StochasticSlates(String name, LoggingPolicy policy) {
    this.name = Objects.requireNonNull(name, "name");
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  @Override
  public double[] conditionals(FeedObservation page, int[] slate) {
    return policy.probabilities(page, slate).propensities().toArray();
  }

  @Override
  public double[][] marginals(FeedObservation page, int positions) {
    int n = UniformSlates.available(page);
    double[][] out = new double[positions][page.numCandidates()];
    if (policy instanceof EpsilonGreedySlates greedy) {
      int[] top = RankingWeights.topK(page, greedy.scorer().scores(page), positions);
      for (int k = 0; k < positions; k++) {
        for (int c = 0; c < page.numCandidates(); c++) {
          out[k][c] = page.available(c) ? greedy.epsilon() / n : 0;
        }
        out[k][top[k]] += 1 - greedy.epsilon();
      }
      return out;
    }
    long prefixes = 0;
    long layer = 1;
    for (int k = 0; k < positions; k++) {
      layer *= n - k;
      prefixes += layer;
      if (prefixes > MAX_PREFIXES) {
        throw new IllegalArgumentException("the position-wise marginals of " + name + " have no closed form and "
            + "enumerating the ordered prefixes of " + positions + " of " + n + " candidates exceeds "
            + MAX_PREFIXES + "; use fewer candidates or positions, or a uniform, epsilon-greedy or deterministic "
            + "policy");
      }
    }
    if (policy instanceof PlackettLuceSlates softmax) {
      double[] scores = softmax.scorer().scores(page);
      double max = Double.NEGATIVE_INFINITY;
      for (int c = 0; c < scores.length; c++) {
        max = page.available(c) ? Math.max(max, scores[c] / softmax.temperature()) : max;
      }
      double[] weights = new double[scores.length];
      double total = 0;
      for (int c = 0; c < scores.length; c++) {
        weights[c] = page.available(c) ? Math.exp(scores[c] / softmax.temperature() - max) : 0;
        total += weights[c];
      }
      plackettLuce(weights, total, new boolean[weights.length], 0, positions, 1.0, out);
      return out;
    }
    enumerate(page, new int[positions], 0, 1.0, out);
    return out;
  }

  private static void plackettLuce(double[] weights, double remaining, boolean[] taken, int depth, int positions,
      double probability, double[][] out) {
    if (depth == positions) {
      return;
    }
    for (int c = 0; c < weights.length; c++) {
      if (weights[c] == 0 || taken[c]) {
        continue;
      }
      double p = probability * weights[c] / remaining;
      out[depth][c] += p;
      taken[c] = true;
      plackettLuce(weights, remaining - weights[c], taken, depth + 1, positions, p, out);
      taken[c] = false;
    }
  }

  private void enumerate(FeedObservation page, int[] prefix, int depth, double probability, double[][] out) {
    if (depth == prefix.length || probability == 0) {
      return;
    }
    for (int c = 0; c < page.numCandidates(); c++) {
      if (!page.available(c) || contains(prefix, depth, c)) {
        continue;
      }
      prefix[depth] = c;
      int[] head = java.util.Arrays.copyOf(prefix, depth + 1);
      double p = probability * policy.probabilities(page, head).propensities().get(depth);
      out[depth][c] += p;
      enumerate(page, prefix, depth + 1, p, out);
    }
  }

  private static boolean contains(int[] prefix, int length, int c) {
    for (int i = 0; i < length; i++) {
      if (prefix[i] == c) {
        return true;
      }
    }
    return false;
  }

  @Override
  public int[] sample(FeedObservation page, int positions, RandomGenerator random) {
    if (positions != policy.slateSize()) {
      throw new IllegalArgumentException(name + " draws slates of " + policy.slateSize() + ", asked for " + positions);
    }
    return policy.draw(page, random).slate().toArray();
  }

  @Override
  public String name() {
    return name;
  }
}
