/**
 * Deep Deterministic Policy Gradient (Lillicrap et al. 2016) for Box actions, such as the feed's ranking
 * weights: {@link io.feedgym.agents.ddpg.Ddpg}, its configuration and its actor and critic networks.
 */
package io.feedgym.agents.ddpg;
