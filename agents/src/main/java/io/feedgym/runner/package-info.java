/**
 * The training loop shared by every agent ({@link io.feedgym.runner.Runner}) and the listeners that
 * evaluate, checkpoint, log metrics, plot and report progress. Free of DL4J types.
 */
package io.feedgym.runner;
