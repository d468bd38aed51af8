/** Exploration strategies and their schedules: ε-greedy for discrete actions, Gaussian and Ornstein–Uhlenbeck noise for continuous ones. */
package io.feedgym.policies.exploration;
