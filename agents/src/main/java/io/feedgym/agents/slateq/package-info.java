/**
 * SlateQ for slate actions on the feed and the RecSim ports: an item-wise Q-network in DRN's two-tower form,
 * a conditional-logit choice model that turns item values into slate values, top-k and greedy slate
 * selection, and SARSA or Q-learning item-wise targets ({@link io.feedgym.agents.slateq.SlateQ}, configured
 * by {@link io.feedgym.agents.slateq.SlateQConfig}). What depends on the environment is in two parts: an
 * encoder (two-tower rows, availability, choice scores) and the transitions (replay storage, per-position
 * clicks), one pair per observation type.
 */
package io.feedgym.agents.slateq;
