package io.feedgym.env.check;

import io.feedgym.env.Environment;
import io.feedgym.env.testing.MaskedSlateEnv;

/** The checker draws slates from the observation's mask; sampling without it would hit masked candidates. */
class MaskedSlateEnvContractTest extends EnvironmentContract {
  @Override
  protected Environment<?, ?> createEnvironment() {
    return new MaskedSlateEnv();
  }
}
