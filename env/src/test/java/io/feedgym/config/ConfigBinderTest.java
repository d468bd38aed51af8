package io.feedgym.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigBinderTest {

  enum Loss { HUBER, MSE }

  record Sample(double learningRate, int batchSize, boolean doubleQ, Loss loss, List<Integer> hiddenSizes, String name) {
    Sample {
      if (batchSize <= 0) {
        throw new IllegalArgumentException("batch_size must be positive, found " + batchSize);
      }
      hiddenSizes = ImmutableList.copyOf(hiddenSizes);
    }
  }

  private static final Sample DEFAULTS = new Sample(2.5e-4, 128, false, Loss.HUBER, List.of(120, 84), "x");

  @Test
  void noOverridesGivesTheDefaults() {
    assertThat(ConfigBinder.bind(DEFAULTS, Map.of())).isEqualTo(DEFAULTS);
  }

  @Test
  void bindsEveryTypeFromSnakeCaseKeys() {
    Sample bound = ConfigBinder.bind(DEFAULTS, Map.of(
        "learning_rate", "0.001", "batch_size", "32", "double_q", "true",
        "loss", "mse", "hidden_sizes", "64, 64", "name", "run"));
    assertThat(bound).isEqualTo(new Sample(0.001, 32, true, Loss.MSE, List.of(64, 64), "run"));
  }

  @Test
  void unknownKeyListsTheValidOnes() {
    assertThatThrownBy(() -> ConfigBinder.bind(DEFAULTS, Map.of("lr", "1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown key 'lr' for Sample; valid keys: learning_rate, batch_size, double_q, loss, hidden_sizes, name");
  }

  @Test
  void unparsableValueNamesTheKey() {
    assertThatThrownBy(() -> ConfigBinder.bind(DEFAULTS, Map.of("batch_size", "many")))
        .hasMessage("key 'batch_size' expects int, found 'many'");
    assertThatThrownBy(() -> ConfigBinder.bind(DEFAULTS, Map.of("double_q", "yes")))
        .hasMessage("key 'double_q' expects true or false, found 'yes'");
    assertThatThrownBy(() -> ConfigBinder.bind(DEFAULTS, Map.of("loss", "l1")))
        .hasMessage("key 'loss' must be one of huber, mse, found 'l1'");
  }

  @Test
  void theRecordsOwnValidationSpeaks() {
    assertThatThrownBy(() -> ConfigBinder.bind(DEFAULTS, Map.of("batch_size", "-3")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("batch_size must be positive, found -3");
  }

  @Test
  void describeUsesSnakeCaseKeysInOrder() {
    assertThat(ConfigBinder.describe(DEFAULTS)).containsExactly(
        Map.entry("learning_rate", 2.5e-4), Map.entry("batch_size", 128), Map.entry("double_q", false),
        Map.entry("loss", "huber"), Map.entry("hidden_sizes", List.of(120, 84)), Map.entry("name", "x"));
    assertThat(ConfigBinder.keys(Sample.class)).startsWith("learning_rate", "batch_size");
  }
}
