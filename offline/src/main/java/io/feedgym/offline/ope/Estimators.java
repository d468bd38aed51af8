package io.feedgym.offline.ope;

import java.util.ArrayList;
import java.util.List;

/** The estimators by id, built with an {@link OpeConfig}, and the evaluation of a list of them. */
public final class Estimators {
  /** Every estimator id, single-item first, then slate, then session estimators. */
  public static final List<String> IDS = List.of("dm", "ips", "snips", "dr", "switch-dr", "slate-ips", "iips", "rips",
      "pi", "pdis", "wpdis", "fqe");

  private Estimators() {}

  /** Estimator {@code id}; unknown ids fail with the list of known ones. */
  public static Estimator of(String id, OpeConfig config) {
    return switch (id) {
      case "dm" -> new DirectMethod(config.ridge());
      case "ips" -> new Ips();
      case "snips" -> new SelfNormalizedIps();
      case "dr" -> new DoublyRobust(config.ridge());
      case "switch-dr" -> new SwitchDoublyRobust(config.ridge(), config.switchTau());
      case "slate-ips" -> new SlateIps();
      case "iips" -> new IndependentIps();
      case "rips" -> new RewardInteractionIps();
      case "pi" -> new PseudoInverse();
      case "pdis" -> new PerDecisionIs();
      case "wpdis" -> new WeightedPerDecisionIs();
      case "fqe" -> new FittedQEvaluation(config.ridge());
      default -> throw new IllegalArgumentException("unknown estimator '" + id + "'; known: " + String.join(", ", IDS));
    };
  }

  /** The estimators of a comma-separated list of ids ({@code all} for every one). */
  public static List<Estimator> parse(String list, OpeConfig config) {
    List<Estimator> out = new ArrayList<>();
    for (String id : list.split(",")) {
      String trimmed = id.trim();
      if (trimmed.equals("all")) {
        IDS.forEach(known -> out.add(of(known, config)));
      } else if (!trimmed.isEmpty()) {
        out.add(of(trimmed, config));
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("--estimators must name at least one estimator; known: "
          + String.join(", ", IDS));
    }
    return out;
  }

  /** Each estimator's estimate on {@code data}, with the bootstrap of {@code config}. */
  public static List<Estimate> evaluate(OpeData data, List<Estimator> estimators, OpeConfig config) {
    Bootstrap bootstrap = config.bootstrap();
    List<Estimate> out = new ArrayList<>();
    for (Estimator estimator : estimators) {
      out.add(bootstrap.estimate(estimator.id(), estimator.terms(data)));
    }
    return out;
  }
}
