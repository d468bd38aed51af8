package io.feedgym.agents.offline;

import io.feedgym.env.Environment;
import io.feedgym.env.feed.FeedObservationSpace;
import io.feedgym.env.spaces.Slate;
import io.feedgym.policies.Agent;

/**
 * CQL(H) (Kumar, Zhou, Tucker, Levine 2020, "Conservative Q-Learning for Offline Reinforcement Learning",
 * NeurIPS, Eq. 4) on SlateQ's item-wise values: {@link FittedSlateQ}'s update with the conservative penalty
 * α (log Σ_{j available} exp Q̄(s, j) − mean_{k} Q̄(s, a_k)) added to the TD loss on every logged page
 * ({@link ConservativeTdLoss}), which pushes down the values of candidates the log did not show and up those of
 * the logged slate, so that the greedy slate stays where the data can vouch for it. α = {@code cql_alpha}.
 * Not thread-safe.
 */
public final class ConservativeSlateQ extends FittedSlateQ {
  static final String ID = "offline-cql";

  public ConservativeSlateQ(OfflineConfig config, FeedObservationSpace space, Slate slates, long seed) {
    super(ID, "losses/cql_loss", config.cqlAlpha(), config, space, slates, seed);
  }

  /** The registry factory: needs a feed environment with slate actions. */
  public static Agent<?, ?> create(Environment<?, ?> env, OfflineConfig config, long seed) {
    FeedSpaces feed = feedOf(ID, env);
    return new ConservativeSlateQ(config, feed.space(), feed.slate(), seed);
  }
}
