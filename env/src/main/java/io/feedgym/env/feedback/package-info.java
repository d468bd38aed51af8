/** Typed user feedback of recommender environments, the input of reward functions. */
package io.feedgym.env.feedback;
