/**
 * JMH benchmarks: CartPole and vector-env throughput, batch-1 inference (DL4J vs the plain-Java mirror),
 * DQN update latency and end-to-end DQN training throughput; results and how to rerun them are in
 * {@code docs/benchmarks.md}.
 */
package io.feedgym.bench;
