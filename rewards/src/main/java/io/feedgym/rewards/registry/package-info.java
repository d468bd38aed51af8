/**
 * The registry of built-in rewards by id with typed configuration records, the {@code id:weight,...}
 * syntax for weighted sums, and {@link io.feedgym.rewards.registry.RewardSelection}, the complete
 * description of such a sum that the CLI's {@code --set reward=...} selects and a run saves.
 */
package io.feedgym.rewards.registry;
