/**
 * RL4J 1.0.0-M1.1 interop: {@link io.feedgym.rl4j.FeedGymMdp} exposes a FeedGym environment with a Box
 * observation space and a Discrete action space as an RL4J {@code MDP}, and
 * {@link io.feedgym.rl4j.Rl4jComparison} trains RL4J's {@code QLearningDiscreteDense} and FeedGym's DQN on
 * CartPole-v1 with matched settings ({@link io.feedgym.rl4j.MatchedSettings}). RL4J cannot share a class
 * path with DL4J 1.0.0-M2.1, so this module (Maven profile {@code rl4j}) depends on {@code feedgym-env}
 * only and runs FeedGym's DQN as a child process ({@code feedgym train}).
 */
package io.feedgym.rl4j;
