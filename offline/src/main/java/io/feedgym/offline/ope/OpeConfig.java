package io.feedgym.offline.ope;

import io.feedgym.config.Checks;

/**
 * The settings of an off-policy evaluation, one source of defaults for the API and {@code feedgym ope}.
 *
 * @param resamples bootstrap resamples, at least 2 (default 200)
 * @param confidence the intervals' nominal coverage, in (0, 1) (default 0.95)
 * @param seed the bootstrap seed (default 1)
 * @param ridge the ridge penalty of the DM/DR reward model and of FQE, positive (default 1)
 * @param switchTau Switch-DR's weight threshold τ, positive (default 10)
 */
public record OpeConfig(int resamples, double confidence, long seed, double ridge, double switchTau) {

  public OpeConfig {
    Checks.atLeast("resamples", resamples, 2);
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1), found " + confidence);
    }
    Checks.positive("ridge", ridge);
    if (!(switchTau > 0)) {
      throw new IllegalArgumentException("switch_tau must be positive, found " + switchTau);
    }
  }

  public static OpeConfig defaults() {
    return new OpeConfig(200, 0.95, 1, 1.0, 10.0);
  }

  public OpeConfig withResamples(int value) {
    return new OpeConfig(value, confidence, seed, ridge, switchTau);
  }

  public OpeConfig withConfidence(double value) {
    return new OpeConfig(resamples, value, seed, ridge, switchTau);
  }

  public OpeConfig withSeed(long value) {
    return new OpeConfig(resamples, confidence, value, ridge, switchTau);
  }

  public OpeConfig withRidge(double value) {
    return new OpeConfig(resamples, confidence, seed, value, switchTau);
  }

  public OpeConfig withSwitchTau(double value) {
    return new OpeConfig(resamples, confidence, seed, ridge, value);
  }

  /** The bootstrap these settings describe. */
  public Bootstrap bootstrap() {
    return new Bootstrap(resamples, confidence, seed);
  }
}
