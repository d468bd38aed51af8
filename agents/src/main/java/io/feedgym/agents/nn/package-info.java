/**
 * Neural-network parts on DL4J: the {@code QNetwork} part of value-based agents (an MLP and a dueling
 * network), their builders, and plain-Java mirrors for fast single-example inference.
 */
package io.feedgym.agents.nn;
