package io.feedgym.policies.feed;

import io.feedgym.env.Environment;
import io.feedgym.env.feed.Feed;
import io.feedgym.env.feed.FeedObservationSpace;
import io.feedgym.env.feed.RankingWeights;
import io.feedgym.env.wrappers.Wrapper;
import io.feedgym.policies.Policy;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds the feed baselines by id for {@code feed-v0} and {@code feed-return-v0}, possibly wrapped, in
 * either action form; under {@code action=weights} only the one-feature rankings exist.
 */
public final class FeedBaselines {
  private FeedBaselines() {}

  /** The feed baselines; {@link #id()} is the name the CLI knows them by. */
  public enum Kind {
    /** {@link FeatureRanking#popularity}. */
    POPULARITY,
    /** {@link FeatureRanking#myopic}. */
    MYOPIC,
    /** {@link OracleMyopic}; slate actions only. */
    ORACLE,
    /** {@link QualityDiversity} with its default configuration; slate actions only. */
    QUALITY_DIVERSITY;

    /** The lower-case, dash-separated id, e.g. {@code quality-diversity}. */
    public String id() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The baseline named {@code id}; unknown ids fail with the list of valid ones. */
    public static Kind of(String id) {
      return Arrays.stream(values()).filter(kind -> kind.id().equals(id)).findFirst().orElseThrow(() ->
          new IllegalArgumentException("unknown feed baseline '" + id + "'; known: " + String.join(", ", ids())));
    }
  }

  /** The ids of all feed baselines, in declaration order. */
  public static List<String> ids() {
    return Arrays.stream(Kind.values()).map(Kind::id).toList();
  }

  /** True when {@code env} is a feed environment ({@link Feed} or {@link RankingWeights}), possibly wrapped. */
  public static boolean supports(Environment<?, ?> env) {
    return unwrap(env).isPresent();
  }

  /**
   * Baseline {@code id} for {@code env}: a slate policy under {@code action=slate}, a constant one-hot
   * weight vector under {@code action=weights}. Unknown ids, other environments, and oracle or
   * quality-diversity under {@code action=weights} are {@link IllegalArgumentException}s.
   */
  public static Policy<?, ?> forEnvironment(String id, Environment<?, ?> env) {
    Kind kind = Kind.of(id);
    Environment<?, ?> inner = unwrap(env).orElseThrow(() -> new IllegalArgumentException("policy '" + id
        + "' supports only the feed environments (feed-v0, feed-return-v0); " + env + " has observation space "
        + env.observationSpace() + " and action space " + env.actionSpace()));
    if (inner instanceof RankingWeights weights) {
      int k = weights.feed().actionSpace().k();
      return switch (kind) {
        case POPULARITY -> FeatureRanking.popularity(k).asWeights();
        case MYOPIC -> FeatureRanking.myopic(k).asWeights();
        case ORACLE, QUALITY_DIVERSITY -> throw new IllegalArgumentException("policy '" + id
            + "' is not a ranking-weight vector over the observable features; " + env
            + " takes action=weights, use action=slate");
      };
    }
    Feed feed = (Feed) inner;
    int k = feed.actionSpace().k();
    return switch (kind) {
      case POPULARITY -> FeatureRanking.popularity(k);
      case MYOPIC -> FeatureRanking.myopic(k);
      case ORACLE -> new OracleMyopic(feed);
      case QUALITY_DIVERSITY -> new QualityDiversity(QualityDiversityConfig.defaults(), k);
    };
  }

  /** The {@link Feed} under {@code env}'s wrappers when {@code env} is a feed with slate actions. */
  public static Optional<Feed> slateFeed(Environment<?, ?> env) {
    return unwrap(env).filter(Feed.class::isInstance).map(Feed.class::cast);
  }

  /** The Feed or RankingWeights under {@code env}'s wrappers, when its observations are the feed's. */
  private static Optional<Environment<?, ?>> unwrap(Environment<?, ?> env) {
    if (!(env.observationSpace() instanceof FeedObservationSpace)) {
      return Optional.empty();
    }
    Environment<?, ?> inner = env;
    while (inner instanceof Wrapper<?, ?> wrapper) {
      inner = wrapper.unwrapped();
    }
    return inner instanceof Feed || inner instanceof RankingWeights ? Optional.of(inner) : Optional.empty();
  }
}
