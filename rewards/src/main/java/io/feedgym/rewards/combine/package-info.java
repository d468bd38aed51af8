/**
 * Combinators that build rewards from rewards: weighted sums, scaling, explicit clipping and
 * potential-based shaping, each keeping the breakdown explainable.
 */
package io.feedgym.rewards.combine;
