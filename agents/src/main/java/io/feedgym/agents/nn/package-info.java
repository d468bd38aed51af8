/** Neural-network building blocks on DL4J, and plain-Java mirrors for fast single-example inference. */
package io.feedgym.agents.nn;
