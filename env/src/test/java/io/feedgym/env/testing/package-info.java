/**
 * Small deterministic environments for tests, published in the env test-jar: a counting env whose
 * trajectories can be computed by hand, a masked-slate env, and deliberately broken envs.
 */
package io.feedgym.env.testing;
