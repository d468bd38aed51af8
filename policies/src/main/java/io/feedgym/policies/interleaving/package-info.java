/**
 * Interleaved comparison of two rankers from clicks, the feedback step of Dueling Bandit Gradient Descent
 * (Yue &amp; Joachims 2009; DRN, Zheng et al. 2018): both rankers rank a page's candidates, an
 * {@link io.feedgym.policies.interleaving.Interleaving} merges the two rankings into the page shown and
 * credits the clicks on it to either side as an {@link io.feedgym.policies.interleaving.Outcome}.
 * Implementations: {@link io.feedgym.policies.interleaving.TeamDraftInterleaving} and
 * {@link io.feedgym.policies.interleaving.ProbabilisticInterleaving}.
 */
package io.feedgym.policies.interleaving;
