package io.feedgym.env.recsim;

import io.feedgym.env.Environment;
import io.feedgym.env.check.EnvironmentContract;

class RecsimInterestEvolutionContractTest extends EnvironmentContract {
  @Override
  protected Environment<?, ?> createEnvironment() {
    return new InterestEvolution(InterestEvolutionConfig.defaults());
  }
}
