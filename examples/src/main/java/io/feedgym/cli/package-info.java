/**
 * The {@code feedgym} command-line interface (picocli): list environments and agents, train, evaluate
 * and check environments. Results go to stdout, ending with a one-line JSON summary; progress, logs and
 * errors go to stderr.
 */
package io.feedgym.cli;
