package io.feedgym.offline.logging;

import com.google.common.primitives.ImmutableDoubleArray;
import com.google.common.primitives.ImmutableIntArray;
import io.feedgym.config.Checks;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.policies.distributions.Categorical;
import io.feedgym.policies.distributions.PlackettLuce;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Softmax slates: Plackett–Luce over a scorer's scores divided by a temperature T. Position k draws candidate
 * a from those available and not yet shown with probability exp(s_a/T) / Σ_j exp(s_j/T); that factor is the
 * position's propensity and their product the slate's (Plackett 1975, Luce 1959). Immutable and thread-safe.
 *
 * @param scorer the scores s
 * @param temperature T, positive: low is near-greedy, high near-uniform
 * @param slateSize items per slate, at least 1
 */
public record PlackettLuceSlates(Scorer scorer, double temperature, int slateSize) implements LoggingPolicy {

  public PlackettLuceSlates {
    Objects.requireNonNull(scorer, "scorer");
    Checks.positive("temperature", temperature);
    Checks.atLeast("slate_size", slateSize, 1);
  }

  @Override
  public SlateDraw draw(FeedObservation page, RandomGenerator random) {
    int[] slate = PlackettLuce.sample(logits(page), page.mask(), slateSize, random);
    return probabilities(page, slate);
  }

  @Override
  public SlateDraw probabilities(FeedObservation page, int[] slate) {
    double[] logits = logits(page);
    boolean[] remaining = page.mask().clone();
    double[] propensities = new double[slate.length];
    double logSlate = 0;
    for (int k = 0; k < slate.length; k++) {
      double logP = Categorical.logProb(logits, remaining, slate[k]);
      propensities[k] = Math.exp(logP);
      logSlate += logP;
      remaining[slate[k]] = false;
    }
    return new SlateDraw(ImmutableIntArray.copyOf(slate), ImmutableDoubleArray.copyOf(propensities),
        Math.exp(logSlate));
  }

  private double[] logits(FeedObservation page) {
    double[] scores = scorer.scores(page);
    for (int c = 0; c < scores.length; c++) {
      scores[c] /= temperature;
    }
    return scores;
  }

  @Override
  public String toString() {
    return "PlackettLuceSlates(temperature=" + temperature + ", k=" + slateSize + ")";
  }
}
