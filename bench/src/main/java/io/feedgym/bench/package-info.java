/** JMH benchmarks: environment throughput, vector environments and agent update latency. */
package io.feedgym.bench;
