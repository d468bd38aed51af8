/**
 * Proximal Policy Optimization ({@link io.feedgym.agents.ppo.Ppo}, config {@link io.feedgym.agents.ppo.PpoConfig}):
 * on-policy rollouts over lock-step environments, GAE(λ), the clipped surrogate with value loss and entropy
 * bonus; categorical, Gaussian and Plackett–Luce slate policies assembled from an action head and a
 * per-environment observation encoder ({@link io.feedgym.agents.ppo.PpoEncoder}).
 */
package io.feedgym.agents.ppo;
