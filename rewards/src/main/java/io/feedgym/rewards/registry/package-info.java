/**
 * The registry of built-in rewards by id with typed configuration records, and the
 * {@code id:weight,...} syntax for weighted sums used by the CLI's {@code --set reward=...}.
 */
package io.feedgym.rewards.registry;
