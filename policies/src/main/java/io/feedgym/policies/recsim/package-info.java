/** Myopic baselines for the RecSim ports: the slate with the highest expected immediate reward. */
package io.feedgym.policies.recsim;
