/** The DQN family: Mnih et al. 2015's deep Q-network and its TD loss. */
package io.feedgym.agents.dqn;
