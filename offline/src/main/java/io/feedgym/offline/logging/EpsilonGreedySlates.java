package io.feedgym.offline.logging;

import com.google.common.primitives.ImmutableDoubleArray;
import com.google.common.primitives.ImmutableIntArray;
import io.feedgym.config.Checks;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feed.RankingWeights;
import io.feedgym.policies.distributions.PlackettLuce;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * ε-greedy slates over a ranker: with probability 1 − ε the greedy slate g (the K available candidates with the
 * highest scores, best first), with probability ε a uniformly random ordered slate of K distinct available
 * candidates. With n available candidates a prefix a_1..a_m has probability
 * P_m = (1 − ε)·1[a_1..a_m = g_1..g_m] + ε·(n − m)!/n!, the slate P_K, and position k's propensity is the
 * exact ratio P_k / P_{k−1}. Immutable and thread-safe.
 *
 * @param scorer what the greedy slate ranks by
 * @param epsilon probability of a uniformly random slate, in [0, 1]
 * @param slateSize items per slate, at least 1
 */
public record EpsilonGreedySlates(Scorer scorer, double epsilon, int slateSize) implements LoggingPolicy {

  public EpsilonGreedySlates {
    Objects.requireNonNull(scorer, "scorer");
    Checks.probability("epsilon", epsilon);
    Checks.atLeast("slate_size", slateSize, 1);
  }

  @Override
  public SlateDraw draw(FeedObservation page, RandomGenerator random) {
    int[] slate = random.nextDouble() < epsilon
        ? PlackettLuce.sample(new double[page.numCandidates()], page.mask(), slateSize, random)
        : RankingWeights.topK(page, scorer.scores(page), slateSize);
    return probabilities(page, slate);
  }

  @Override
  public SlateDraw probabilities(FeedObservation page, int[] slate) {
    int[] greedy = RankingWeights.topK(page, scorer.scores(page), slateSize);
    int available = 0;
    for (boolean a : page.mask()) {
      available += a ? 1 : 0;
    }
    double[] propensities = new double[slate.length];
    double uniform = 1;
    boolean onGreedy = true;
    double before = 1;
    for (int k = 0; k < slate.length; k++) {
      uniform /= available - k;
      onGreedy &= slate[k] == greedy[k];
      double prefix = (onGreedy ? 1 - epsilon : 0) + epsilon * uniform;
      propensities[k] = prefix / before;
      before = prefix;
    }
    return new SlateDraw(ImmutableIntArray.copyOf(slate), ImmutableDoubleArray.copyOf(propensities), before);
  }

  @Override
  public String toString() {
    return "EpsilonGreedySlates(epsilon=" + epsilon + ", k=" + slateSize + ")";
  }
}
