/** CartPole-v1, the framework's sanity environment. */
package io.feedgym.env.cartpole;
