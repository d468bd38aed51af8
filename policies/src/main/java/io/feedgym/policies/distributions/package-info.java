/**
 * Action distributions of stochastic policies in plain Java: {@link io.feedgym.policies.distributions.Categorical}
 * over a masked set of discrete actions, {@link io.feedgym.policies.distributions.DiagonalGaussian} over real
 * vectors, and {@link io.feedgym.policies.distributions.PlackettLuce} over ordered slates. Each samples from a
 * given random stream, gives exact log-probabilities and the gradients a policy-gradient learner back-propagates
 * into the network that produced the parameters.
 */
package io.feedgym.policies.distributions;
