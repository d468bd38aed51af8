/**
 * Reward functions computed from environment {@link io.feedgym.env.feedback.Feedback}: the
 * {@link io.feedgym.rewards.RewardFunction} contract, its input and its explainable breakdown.
 */
package io.feedgym.rewards;
