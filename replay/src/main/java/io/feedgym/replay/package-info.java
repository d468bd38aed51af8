/**
 * Experience replay, free of DL4J. A {@link io.feedgym.replay.ReplayBuffer} samples minibatches from a
 * {@link io.feedgym.replay.ReplayStorage}: {@link io.feedgym.replay.UniformReplayBuffer} uniformly,
 * {@link io.feedgym.replay.PrioritizedReplayBuffer} in proportion to TD errors. Storages hold objects
 * ({@link io.feedgym.replay.ObjectStorage}), vector transitions in primitive columns
 * ({@link io.feedgym.replay.VectorStorage}) or n-step transitions built from one-step ones
 * ({@link io.feedgym.replay.NStepStorage}); recommender pages are in {@code io.feedgym.replay.feed}.
 */
package io.feedgym.replay;
