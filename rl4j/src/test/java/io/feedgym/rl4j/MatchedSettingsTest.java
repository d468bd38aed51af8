package io.feedgym.rl4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.deeplearning4j.rl4j.learning.configuration.QLearningConfiguration;
import org.deeplearning4j.rl4j.network.configuration.DQNDenseNetworkConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.learning.config.Adam;

class MatchedSettingsTest {
  private final MatchedSettings cartPole = MatchedSettings.cartPole(100_000);

  @Test
  void epsilonDecaysOverTwentyPercentOfTheRunOnBothSides() {
    assertThat(cartPole.decaySteps()).isEqualTo(20_000);
    assertThat(cartPole.epsilonNbStep()).isEqualTo(21_053); // round(20,000 / 0.95)
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 1, 5_000, 10_000, 19_999, 20_000, 20_001, 60_000})
  void rl4jAndFeedGymEpsilonAgreeAtEveryStep(long t) {
    double feedGym = t >= 20_000 ? 0.05 : 1.0 + (0.05 - 1.0) / 20_000 * t;
    QLearningConfiguration learning = cartPole.rl4jLearning(1);
    // EpsGreedy.getEpsilon() of RL4J 1.0.0-M1.1, with annealingStart = updateStart.
    double rl4j = Math.min(1.0, Math.max(learning.getMinEpsilon(),
        1.0 - (t - learning.getUpdateStart()) * 1.0 / learning.getEpsilonNbStep()));

    // epsilonNbStep is rounded to an int: RL4J reaches 0.05 about 1.4 steps after FeedGym, 1.7e-5 apart at most.
    assertThat(rl4j).isCloseTo(feedGym, within(2e-5));
  }

  @Test
  void feedGymOverridesSpellTheMatchedDqnConfig() {
    assertThat(cartPole.feedGymOverrides()).containsExactly(
        entry("learning_rate", "2.5E-4"), entry("buffer_size", "50000"), entry("gamma", "0.99"),
        entry("tau", "1.0"), entry("target_network_frequency", "500"), entry("batch_size", "128"),
        entry("start_e", "1.0"), entry("end_e", "0.05"), entry("exploration_fraction", "0.2"),
        entry("learning_starts", "128"), entry("train_frequency", "1"), entry("hidden_sizes", "100,100"),
        entry("loss", "mse"));
  }

  @Test
  void rl4jLearningConfigurationMatches() {
    QLearningConfiguration learning = cartPole.rl4jLearning(42);

    assertThat(learning.getSeed()).isEqualTo(42L);
    assertThat(learning.getMaxStep()).isEqualTo(100_000);
    assertThat(learning.getMaxEpochStep()).isEqualTo(500);
    assertThat(learning.getExpRepMaxSize()).isEqualTo(50_000);
    assertThat(learning.getBatchSize()).isEqualTo(128);
    assertThat(learning.getTargetDqnUpdateFreq()).isEqualTo(500);
    assertThat(learning.getUpdateStart()).isZero();
    assertThat(learning.getGamma()).isEqualTo(0.99);
    assertThat(learning.getRewardFactor()).isEqualTo(1.0);
    assertThat(learning.getErrorClamp()).isNaN();
    assertThat(learning.getMinEpsilon()).isEqualTo(0.05);
    assertThat(learning.isDoubleDQN()).isFalse();
  }

  @Test
  void rl4jNetworkHasTwoHiddenLayersOfOneHundredAndAdam() {
    DQNDenseNetworkConfiguration network = cartPole.rl4jNetwork();

    assertThat(network.getNumLayers()).isEqualTo(2);
    assertThat(network.getNumHiddenNodes()).isEqualTo(100);
    assertThat(network.getUpdater()).isInstanceOf(Adam.class);
    assertThat(((Adam) network.getUpdater()).getLearningRate()).isEqualTo(2.5e-4);
    assertThat(network.getL2()).isZero();
  }

  @Test
  void invalidSettingsAreRejectedWithTheirName() {
    assertThatThrownBy(() -> MatchedSettings.cartPole(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("steps must be in [1, 2147483647], found 0");
    assertThatThrownBy(() -> new MatchedSettings(10, 2.5e-4, 100, 0.99, 5, 8, 1.0, 0.2, 2, 100, 500))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("end_e must be in [0, 1), found 1.0");
    assertThatThrownBy(() -> new MatchedSettings(10, 2.5e-4, 100, 0.99, 5, 8, 0.05, 0.2, 0, 100, 500))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("hidden_layers must be positive, found 0");
  }

  @Test
  void benchmarksDocHoldsTheGeneratedSettingsTable() throws IOException {
    String docs = Files.readString(Path.of("..", "docs", "benchmarks.md"));

    assertThat(docs).contains(cartPole.markdownTable());
  }

  private static java.util.Map.Entry<String, String> entry(String key, String value) {
    return java.util.Map.entry(key, value);
  }
}
