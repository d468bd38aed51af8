/**
 * JMH benchmarks: CartPole and vector-env throughput, feed-v0 pages and item impressions per second (one
 * thread, sync and threaded vector envs), batch-1 inference (DL4J vs the plain-Java mirror),
 * DQN update latency and end-to-end DQN training throughput; results and how to rerun them are in
 * {@code docs/benchmarks.md}.
 */
package io.feedgym.bench;
