package io.feedgym.env.registry;

import io.feedgym.config.ConfigBinder;
import io.feedgym.env.Environment;
import io.feedgym.env.cartpole.CartPole;
import io.feedgym.env.cartpole.CartPoleConfig;
import io.feedgym.env.feed.Feed;
import io.feedgym.env.feed.FeedCohortsConfig;
import io.feedgym.env.feed.FeedConfig;
import io.feedgym.env.feed.RankingWeights;
import io.feedgym.env.recsim.InterestEvolution;
import io.feedgym.env.recsim.InterestEvolutionConfig;
import io.feedgym.env.recsim.LongTermSatisfaction;
import io.feedgym.env.recsim.LongTermSatisfactionConfig;
import io.feedgym.env.wrappers.TimeLimit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The environment registry: look environments up by id ({@code Envs.make("cartpole-v1")}) with
 * optional snake_case config overrides. Thread-safe.
 */
public final class Envs {
  private static final Map<String, EnvSpec<?>> SPECS = new ConcurrentSkipListMap<>();

  static {
    register(new EnvSpec<>("cartpole-v1",
        "Gymnasium CartPole-v1: balance a pole on a cart, +1 per step, 500-step limit",
        CartPoleConfig.defaults(),
        c -> new TimeLimit<>(new CartPole(c), c.maxEpisodeSteps())));
    register(new EnvSpec<>("recsim-interest-evolution-v0",
        "RecSim interest_evolution: slates of videos from 20 clusters, reward = watch time, ends when the time budget is spent",
        InterestEvolutionConfig.defaults(), InterestEvolution::new));
    register(new EnvSpec<>("recsim-long-term-satisfaction-v0",
        "RecSim long_term_satisfaction (chocolate vs kale): clickbait trades engagement now for satisfaction later, 60 steps",
        LongTermSatisfactionConfig.defaults(), LongTermSatisfaction::new));
    register(new EnvSpec<>("feed-v0",
        "Session-paging feed: one session of pages of K=10 out of 100 candidates, reward = clicks; clickbait, "
            + "fatigue and drift make the user leave sooner or later (action=slate|weights)",
        FeedConfig.defaults(), Envs::feed));
    register(new EnvSpec<>("feed-return-v0",
        "feed-v0 over 30 days of one user's sessions: satisfaction decides how soon the user returns (DRN's "
            + "user activeness), reward = clicks (action=slate|weights)",
        FeedConfig.returningDefaults(), Envs::feed));
    register(new EnvSpec<>("feed-cohorts-v0",
        "feed-v0 as a task distribution for meta-RL: each episode is a trial of 3 sessions of cold-start users of one "
            + "cohort, whose preference prototype must be inferred from clicks; split=train|heldout (action=slate|weights)",
        FeedCohortsConfig.defaults(), config -> actionForm(Feed.cohorts(config))));
  }

  private static Environment<?, ?> feed(FeedConfig config) {
    return actionForm(new Feed(config));
  }

  /** {@code feed} itself for slate actions, wrapped in {@link RankingWeights} for {@code action=weights}. */
  private static Environment<?, ?> actionForm(Feed feed) {
    return feed.config().action() == FeedConfig.ActionForm.SLATE ? feed : new RankingWeights(feed);
  }

  private Envs() {}

  /** Adds a specification; an id registered twice is an error. */
  public static void register(EnvSpec<?> spec) {
    if (SPECS.putIfAbsent(spec.id(), spec) != null) {
      throw new IllegalArgumentException("environment '" + spec.id() + "' is already registered");
    }
  }

  /** All registered specifications, sorted by id. */
  public static List<EnvSpec<?>> specs() {
    return List.copyOf(SPECS.values());
  }

  /** The specification registered under {@code id}; unknown ids fail with the list of valid ones. */
  public static EnvSpec<?> spec(String id) {
    return Optional.ofNullable(SPECS.get(id)).orElseThrow(() -> new IllegalArgumentException(
        "unknown environment '" + id + "'; registered: " + String.join(", ", SPECS.keySet())));
  }

  /** Builds environment {@code id} on its default configuration. */
  public static Environment<?, ?> make(String id) {
    return make(id, Map.of());
  }

  /** Builds environment {@code id} with snake_case config overrides (e.g. {@code gravity=9.81}). */
  public static Environment<?, ?> make(String id, Map<String, String> overrides) {
    return build(spec(id), overrides);
  }

  /** The configuration record environment {@code id} would be built with. */
  public static Record config(String id, Map<String, String> overrides) {
    return ConfigBinder.bind(spec(id).defaults(), overrides);
  }

  private static <C extends Record> Environment<?, ?> build(EnvSpec<C> spec, Map<String, String> overrides) {
    return spec.make(ConfigBinder.bind(spec.defaults(), overrides));
  }
}
