package io.feedgym.env.check;

import io.feedgym.env.Environment;
import io.feedgym.env.cartpole.CartPole;

class CartPoleContractTest extends EnvironmentContract {
  @Override
  protected Environment<?, ?> createEnvironment() {
    return new CartPole();
  }
}
