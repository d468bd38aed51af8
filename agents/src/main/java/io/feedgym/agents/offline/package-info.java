/**
 * Offline agents for the feed's slates that learn from logged transitions alone, with no environment
 * interaction: behaviour cloning ({@link io.feedgym.agents.offline.BehaviourCloning}), fitted item-wise Q
 * (offline SlateQ, {@link io.feedgym.agents.offline.FittedSlateQ}), discrete BCQ
 * ({@link io.feedgym.agents.offline.DiscreteBcq}) and CQL(H) ({@link io.feedgym.agents.offline.ConservativeSlateQ}),
 * all configured by {@link io.feedgym.agents.offline.OfflineConfig} and trained on an
 * {@link io.feedgym.agents.offline.OfflineDataset} of whole episodes. They reuse SlateQ's encoder, item networks,
 * choice model and slate selection; reading logs is module {@code offline}'s job (the CLI converts a log into
 * the dataset), so this package needs no DuckDB.
 */
package io.feedgym.agents.offline;
