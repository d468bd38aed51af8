/** Policies, exploration and the {@link io.feedgym.policies.Agent} contract; free of DL4J. */
package io.feedgym.policies;
