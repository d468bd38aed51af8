package io.feedgym.offline.ope;

import io.feedgym.env.feed.FeedObservation;
import io.feedgym.policies.Policy;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A deterministic slate policy (a baseline such as myopic or popularity, or a trained agent's greedy policy)
 * as a target: probability 1 for the slate it shows, 0 for every other. The wrapped policy must be a function
 * of the page (the feed baselines and SlateQ's greedy policy are); thread-safe when it is.
 */
public final class DeterministicSlates implements SlatePolicy {
  private final String name;
  private final Policy<FeedObservation, int[]> policy;

  public DeterministicSlates(String name, Policy<FeedObservation, int[]> policy) {
    this.name = Objects.requireNonNull(name, "name");
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  @Override
  public double[] conditionals(FeedObservation page, int[] slate) {
    int[] own = policy.act(page);
    double[] out = new double[slate.length];
    boolean same = true;
    for (int k = 0; k < slate.length; k++) {
      same &= k < own.length && own[k] == slate[k];
      out[k] = same ? 1 : 0;
    }
    return out;
  }

  @Override
  public double[][] marginals(FeedObservation page, int positions) {
    int[] own = policy.act(page);
    if (own.length < positions) {
      throw new IllegalArgumentException(name + " shows " + own.length + " items, fewer than the " + positions
          + " positions asked for");
    }
    double[][] out = new double[positions][page.numCandidates()];
    for (int k = 0; k < positions; k++) {
      out[k][own[k]] = 1;
    }
    return out;
  }

  @Override
  public int[] sample(FeedObservation page, int positions, RandomGenerator random) {
    return java.util.Arrays.copyOf(policy.act(page), positions);
  }

  @Override
  public boolean deterministic() {
    return true;
  }

  @Override
  public String name() {
    return name;
  }
}
