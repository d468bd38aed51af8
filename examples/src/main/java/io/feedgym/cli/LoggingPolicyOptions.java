package io.feedgym.cli;

import io.feedgym.offline.logging.EpsilonGreedySlates;
import io.feedgym.offline.logging.LoggingPolicy;
import io.feedgym.offline.logging.PlackettLuceSlates;
import io.feedgym.offline.logging.Scorer;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The options of a logging policy with exact propensities, shared by {@code feedgym log} (which plays it) and
 * {@code feedgym offline} (which evaluates it beside the agents trained on its log): {@code --epsilon},
 * {@code --temperature} and {@code --score}; the policy's name is the command's own option.
 */
final class LoggingPolicyOptions {

  /** The logging policies by CLI name. */
  enum PolicyName {
    EPSILON_GREEDY, SOFTMAX, UNIFORM;

    static PolicyName of(String id) {
      for (PolicyName p : values()) {
        if (p.id().equals(id)) {
          return p;
        }
      }
      throw new IllegalArgumentException("unknown logging policy '" + id + "'; known: epsilon-greedy, softmax, uniform");
    }

    String id() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  @Option(names = "--epsilon", paramLabel = "E", defaultValue = "0.1",
      description = "epsilon-greedy's exploration probability, in [0, 1]; default: ${DEFAULT-VALUE}.")
  double epsilon;

  @Option(names = "--temperature", paramLabel = "T", defaultValue = "1.0",
      description = "softmax temperature, positive; default: ${DEFAULT-VALUE}.")
  double temperature;

  @Option(names = "--score", paramLabel = "NAME", defaultValue = "predicted_ctr_logit",
      description = "What the policy ranks by: predicted_ctr_logit or a scoring feature; default: ${DEFAULT-VALUE}.")
  String score;

  /** The logging policy {@code name} over slates of {@code k} with these options. */
  LoggingPolicy policy(String name, int k) {
    Scorer scorer = Scorer.of(score);
    return switch (PolicyName.of(name)) {
      case EPSILON_GREEDY -> new EpsilonGreedySlates(scorer, epsilon, k);
      case SOFTMAX -> new PlackettLuceSlates(scorer, temperature, k);
      case UNIFORM -> new EpsilonGreedySlates(scorer, 1.0, k);
    };
  }
}
