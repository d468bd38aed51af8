package io.feedgym.offline.ope;

import io.feedgym.offline.logging.EpsilonGreedySlates;
import io.feedgym.offline.logging.PlackettLuceSlates;
import io.feedgym.offline.logging.Scorer;
import io.feedgym.policies.feed.FeatureRanking;
import io.feedgym.policies.feed.QualityDiversity;
import io.feedgym.policies.feed.QualityDiversityConfig;
import java.util.List;

/**
 * The built-in slate policies by name, as targets or logging models: {@code uniform}, the deterministic feed
 * baselines {@code myopic}, {@code popularity} and {@code quality-diversity}, and the stochastic
 * {@code softmax[:T]} (Plackett–Luce over the predicted-CTR logit at temperature T, default 1) and
 * {@code epsilon-greedy[:E]} (the myopic slate, a uniformly random one with probability E, default 0.1), the
 * policies {@code feedgym log} writes. The {@code oracle} baseline reads the simulator's hidden state and cannot
 * be evaluated from a log.
 */
public final class Targets {
  /** The names {@link #parse} knows. */
  public static final List<String> NAMES = List.of("uniform", "myopic", "popularity", "quality-diversity",
      "softmax[:T]", "epsilon-greedy[:E]");

  private Targets() {}

  /** The policy named by {@code spec} for slates of {@code slateSize}; unknown names list the known ones. */
  public static SlatePolicy parse(String spec, int slateSize) {
    String name = spec.contains(":") ? spec.substring(0, spec.indexOf(':')) : spec;
    String parameter = spec.contains(":") ? spec.substring(spec.indexOf(':') + 1) : null;
    Scorer logit = Scorer.of("predicted_ctr_logit");
    return switch (name) {
      case "uniform" -> new UniformSlates();
      case "myopic" -> new DeterministicSlates(spec, FeatureRanking.myopic(slateSize));
      case "popularity" -> new DeterministicSlates(spec, FeatureRanking.popularity(slateSize));
      case "quality-diversity" ->
          new DeterministicSlates(spec, new QualityDiversity(QualityDiversityConfig.defaults(), slateSize));
      case "softmax" -> new StochasticSlates(spec, new PlackettLuceSlates(logit, number(spec, parameter, 1.0),
          slateSize));
      case "epsilon-greedy" -> {
        double epsilon = number(spec, parameter, 0.1);
        yield epsilon == 0 ? new DeterministicSlates(spec, FeatureRanking.myopic(slateSize))
            : new StochasticSlates(spec, new EpsilonGreedySlates(logit, epsilon, slateSize));
      }
      case "oracle" -> throw new IllegalArgumentException("the oracle baseline reads the simulator's hidden click "
          + "probabilities, which a log does not have; it cannot be a target of off-policy evaluation");
      default -> throw new IllegalArgumentException("unknown policy '" + spec + "'; known: " + String.join(", ", NAMES)
          + (name.isEmpty() ? "" : ", or a checkpoint directory"));
    };
  }

  private static double number(String spec, String parameter, double otherwise) {
    if (parameter == null) {
      return otherwise;
    }
    try {
      return Double.parseDouble(parameter);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("policy '" + spec + "': expected a number after ':', found '" + parameter
          + "'");
    }
  }
}
