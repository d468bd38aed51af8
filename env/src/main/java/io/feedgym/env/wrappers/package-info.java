/**
 * Environment wrappers, each adding one concern to any environment: time limits, episode statistics,
 * reward and observation transforms. Wrappers validate their arguments at construction, are not
 * thread-safe, and rely on the wrapped environment to reject invalid actions and steps without a
 * running episode.
 */
package io.feedgym.env.wrappers;
