/**
 * Online learning as in DRN (Zheng et al. 2018): Dueling Bandit Gradient Descent with interleaving as the
 * minor update of a SlateQ item network, and the {@link io.feedgym.agents.dbgd.Drn} learner of the online
 * protocol (frozen, major updates, minor and major updates).
 */
package io.feedgym.agents.dbgd;
