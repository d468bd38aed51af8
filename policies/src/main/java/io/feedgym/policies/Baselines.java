package io.feedgym.policies;

import io.feedgym.env.Environment;
import io.feedgym.policies.feed.FeedBaselines;
import io.feedgym.policies.meta.CohortBaselines;
import io.feedgym.policies.recsim.RecsimMyopic;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The registry of policies that need no training, by name, as {@code feedgym eval --policy} and distributed
 * rollouts name them. Thread-safe.
 */
public final class Baselines {
  private static final Map<String, Baseline> BASELINES = new ConcurrentSkipListMap<>();

  static {
    register(new Baseline("random", "uniformly random actions from the action space, among the available candidates",
        (env, seed) -> new RandomPolicy<>(env.actionSpace(), seed)));
    register(new Baseline("myopic",
        "the slate with the highest expected immediate reward an observer can compute (RecSim and feed environments)",
        (env, seed) -> myopic(env)));
    register(feedBaseline(FeedBaselines.Kind.POPULARITY,
        "the K available candidates with the highest popularity (feed environments)"));
    register(feedBaseline(FeedBaselines.Kind.ORACLE,
        "the K available candidates with the highest true click probability (feed environments, action=slate)"));
    register(feedBaseline(FeedBaselines.Kind.QUALITY_DIVERSITY,
        "predicted click logit plus a rating bonus, at most 2 per topic (feed environments, action=slate)"));
    register(cohortBaseline(CohortBaselines.CONTEXT_MYOPIC,
        "predicted click logit plus 3 x the affinity with the preference inferred from the trial's clicks "
            + "(feed-cohorts-v0, action=slate)"));
    register(cohortBaseline(CohortBaselines.COHORT_ORACLE,
        "predicted click logit plus 3 x the affinity with the true cohort prototype (feed-cohorts-v0, action=slate)"));
  }

  private static Baseline feedBaseline(FeedBaselines.Kind kind, String description) {
    return new Baseline(kind.id(), description, (env, seed) -> FeedBaselines.forEnvironment(kind.id(), env));
  }

  private static Baseline cohortBaseline(String id, String description) {
    return new Baseline(id, description, (env, seed) -> CohortBaselines.forEnvironment(id, env));
  }

  private static Policy<?, ?> myopic(Environment<?, ?> env) {
    if (FeedBaselines.supports(env)) {
      return FeedBaselines.forEnvironment(FeedBaselines.Kind.MYOPIC.id(), env);
    }
    return RecsimMyopic.find(env).orElseThrow(() -> new IllegalArgumentException("the myopic policy supports only "
        + "the RecSim environments (recsim-interest-evolution-v0, recsim-long-term-satisfaction-v0) and the feed "
        + "environments (feed-v0, feed-return-v0); " + env + " has observation space " + env.observationSpace()
        + " and action space " + env.actionSpace()));
  }

  private Baselines() {}

  /** A named baseline policy and the factory that builds it for an environment with a seed. */
  public record Baseline(String id, String description, Factory factory) {
    public Baseline {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(factory, "factory");
    }
  }

  /** Builds a baseline policy that acts in {@code env}'s action space. */
  @FunctionalInterface
  public interface Factory {
    Policy<?, ?> create(Environment<?, ?> env, long seed);
  }

  /** The names, for picocli's completion candidates in the help text. */
  public static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return BASELINES.keySet().iterator();
    }
  }

  /** Adds a baseline; a name registered twice is an error. */
  public static void register(Baseline baseline) {
    if (BASELINES.putIfAbsent(baseline.id(), baseline) != null) {
      throw new IllegalArgumentException("policy '" + baseline.id() + "' is already registered");
    }
  }

  /** The names of the baselines that can act in {@code env}, in name order. */
  public static List<String> applicable(Environment<?, ?> env) {
    List<String> names = new ArrayList<>();
    for (Baseline baseline : BASELINES.values()) {
      try {
        baseline.factory().create(env, 0);
        names.add(baseline.id());
      } catch (IllegalArgumentException notForThisEnvironment) {
        // The baseline's factory rejects environments it cannot act in; it is left out of the table.
      }
    }
    return names;
  }

  /** Builds baseline {@code name} for {@code env}; unknown names fail with the list of valid ones. */
  public static Policy<?, ?> make(String name, Environment<?, ?> env, long seed) {
    Baseline baseline = Optional.ofNullable(BASELINES.get(name)).orElseThrow(() -> new IllegalArgumentException(
        "unknown policy '" + name + "'; registered: " + String.join(", ", BASELINES.keySet())));
    return baseline.factory().create(env, seed);
  }
}
