/** Derivative-free search over bounded parameter vectors, e.g. the best fixed ranking-weight vector. */
package io.feedgym.policies.search;
