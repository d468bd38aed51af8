package io.feedgym.env.recsim;

import io.feedgym.env.Environment;
import io.feedgym.env.check.EnvironmentContract;

class RecsimLongTermSatisfactionContractTest extends EnvironmentContract {
  @Override
  protected Environment<?, ?> createEnvironment() {
    return new LongTermSatisfaction(LongTermSatisfactionConfig.defaults());
  }
}
