package io.feedgym.policies.meta;

import io.feedgym.env.Environment;
import io.feedgym.env.feed.Feed;
import io.feedgym.policies.Policy;
import io.feedgym.policies.feed.FeedBaselines;

/**
 * Builds the preference rankings of {@code feed-cohorts-v0} by id: {@code context-myopic}
 * ({@link PreferenceMyopic#contextual} with a fresh {@link TaskContext}) and {@code cohort-oracle}
 * ({@link PreferenceMyopic#cohortOracle}), both with the affinity weight {@link PreferenceMyopic#CLICK_AFFINITY}.
 */
public final class CohortBaselines {
  /** The id of the context-myopic baseline. */
  public static final String CONTEXT_MYOPIC = "context-myopic";
  /** The id of the cohort-oracle reference. */
  public static final String COHORT_ORACLE = "cohort-oracle";

  private CohortBaselines() {}

  /**
   * Baseline {@code id} for {@code env}, a trial feed with slate actions (possibly wrapped); other ids and
   * environments are {@link IllegalArgumentException}s.
   */
  public static Policy<?, ?> forEnvironment(String id, Environment<?, ?> env) {
    if (!id.equals(CONTEXT_MYOPIC) && !id.equals(COHORT_ORACLE)) {
      throw new IllegalArgumentException("unknown cohort baseline '" + id + "'; known: " + CONTEXT_MYOPIC + ", "
          + COHORT_ORACLE);
    }
    Feed feed = FeedBaselines.slateFeed(env).filter(f -> f.trialSessions().isPresent())
        .orElseThrow(() -> new IllegalArgumentException("policy '" + id + "' needs the trials of feed-cohorts-v0 "
            + "with slate actions; " + env + " has action space " + env.actionSpace()));
    return id.equals(CONTEXT_MYOPIC)
        ? PreferenceMyopic.contextual(TaskContext.of(feed.observationSpace()), PreferenceMyopic.CLICK_AFFINITY,
            feed.actionSpace().k())
        : PreferenceMyopic.cohortOracle(feed, PreferenceMyopic.CLICK_AFFINITY);
  }
}
