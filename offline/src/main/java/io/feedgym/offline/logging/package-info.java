/**
 * Stochastic logging policies for the feed whose propensities are exact ({@link
 * io.feedgym.offline.logging.EpsilonGreedySlates}, {@link io.feedgym.offline.logging.PlackettLuceSlates}), and
 * {@link io.feedgym.offline.logging.SessionLogger}, which plays them in the simulator and writes the logged
 * sessions. They live here, not in {@code policies}: a logging policy must also say how probable its slate
 * was, which {@code Policy.act} does not, and only offline data needs that.
 */
package io.feedgym.offline.logging;
