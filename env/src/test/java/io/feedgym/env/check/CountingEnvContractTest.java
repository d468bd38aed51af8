package io.feedgym.env.check;

import io.feedgym.env.Environment;
import io.feedgym.env.testing.CountingEnv;

class CountingEnvContractTest extends EnvironmentContract {
  @Override
  protected Environment<?, ?> createEnvironment() {
    return new CountingEnv(4);
  }
}
