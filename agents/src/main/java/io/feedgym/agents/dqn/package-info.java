/**
 * The DQN family: Mnih et al. 2015's deep Q-network, its TD loss, and variants that override one hook
 * ({@code DoubleDqn}: the bootstrap value) or pass another network part ({@code DuelingDqn}).
 */
package io.feedgym.agents.dqn;
