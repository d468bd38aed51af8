package io.feedgym.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedgym.env.cartpole.CartPoleConfig;
import org.junit.jupiter.api.Test;

class ConfigTableTest {

  @Test
  void rendersKeysAndDefaultsInDeclarationOrder() {
    String table = ConfigTable.markdown(CartPoleConfig.defaults());
    assertThat(table).startsWith("| key | default |\n|---|---|\n| `gravity` | `9.8` |\n| `cart_mass` | `1.0` |\n");
    assertThat(table).endsWith("| `max_episode_steps` | `500` |\n");
  }
}
