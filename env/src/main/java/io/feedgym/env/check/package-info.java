/**
 * The environment checker, Gymnasium's {@code utils/env_checker.py} for FeedGym: {@link
 * io.feedgym.env.check.EnvChecker} runs every {@link io.feedgym.env.check.EnvCheck} on an environment
 * (spaces, reset and step results, seeded determinism, errors for misuse) and returns a {@link
 * io.feedgym.env.check.CheckReport}. It is used from code, by the CLI's {@code check-env} and by the
 * {@code EnvironmentContract} test kit in the env test-jar.
 */
package io.feedgym.env.check;
