package io.feedgym.env.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedgym.env.Environment;
import io.feedgym.env.Step;
import io.feedgym.env.cartpole.CartPoleConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvsTest {

  @Test
  void cartPoleIsRegisteredWithItsTimeLimit() {
    @SuppressWarnings("unchecked")
    Environment<double[], Integer> env = (Environment<double[], Integer>) Envs.make("cartpole-v1",
        Map.of("max_episode_steps", "7", "theta_threshold_degrees", "90", "x_threshold", "100"));
    env.reset(3);
    Step<double[]> step = null;
    for (int i = 0; i < 7; i++) {
      step = env.step(i % 2);
    }
    assertThat(step.truncated()).isTrue();
    assertThat(step.terminated()).isFalse();
  }

  @Test
  void overridesAreBoundOntoTheTypedConfig() {
    assertThat(Envs.config("cartpole-v1", Map.of("gravity", "1.6")))
        .isEqualTo(new CartPoleConfig(1.6, 1.0, 0.1, 0.5, 10.0, 0.02, 12.0, 2.4, 500));
  }

  @Test
  void unknownIdListsRegisteredOnes() {
    assertThatThrownBy(() -> Envs.make("cartpole-v0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unknown environment 'cartpole-v0'; registered: ")
        .hasMessageContaining("cartpole-v1");
  }

  @Test
  void invalidConfigValueNamesTheKeyAndRange() {
    assertThatThrownBy(() -> Envs.make("cartpole-v1", Map.of("tau", "-0.1")))
        .hasMessage("tau must be a positive finite number, found -0.1");
    assertThatThrownBy(() -> Envs.make("cartpole-v1", Map.of("mass", "1")))
        .hasMessageStartingWith("unknown key 'mass' for CartPoleConfig; valid keys: gravity, cart_mass");
  }

  @Test
  void duplicateRegistrationIsRefused() {
    EnvSpec<?> spec = Envs.spec("cartpole-v1");
    assertThatThrownBy(() -> Envs.register(spec)).hasMessage("environment 'cartpole-v1' is already registered");
  }
}
