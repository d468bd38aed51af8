/**
 * Environment wrappers that apply reward functions: {@link io.feedgym.rewards.wrappers.ComputeReward}
 * replaces an environment's reward by one computed from its {@link io.feedgym.env.feedback.Feedback}.
 */
package io.feedgym.rewards.wrappers;
