/**
 * Recommender network architectures as building blocks for every agent. A scorer maps (state, item) rows,
 * described by a {@link io.feedgym.networks.features.FeatureSpec}, to one scalar each;
 * {@link io.feedgym.networks.ScorerGraph} builds it for the {@link io.feedgym.networks.Network} named in a
 * {@link io.feedgym.networks.NetworkConfig} (two-tower, Wide &amp; Deep, FM, DeepFM, DCN, AFM).
 *
 * <p>A module of its own, between {@code policies} and {@code agents}, because the blocks are shared: the
 * value-based agents (DQN family, SlateQ), the actor-critic agents, DBGD's ranker and the offline agents all
 * score (state, item) rows and should draw on one implementation of each architecture, tested once. It
 * depends on {@code env} (for the feed's observation space) and DL4J only — never on {@code agents}, which
 * depends on it.
 */
package io.feedgym.networks;
