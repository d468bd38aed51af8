/**
 * SlateQ for slate actions on the feed: an item-wise Q-network in DRN's two-tower form, a conditional-logit
 * choice model that turns item values into slate values, top-k and greedy slate selection, and SARSA or
 * Q-learning item-wise targets ({@link io.feedgym.agents.slateq.SlateQ}, configured by
 * {@link io.feedgym.agents.slateq.SlateQConfig}).
 */
package io.feedgym.agents.slateq;
