/** Simulated rollouts of a baseline policy spread over a cluster, with {@code feedgym eval}'s seeds and summary. */
package io.feedgym.spark.rollout;
