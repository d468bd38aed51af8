package io.feedgym.env.wrappers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedgym.env.Step;
import io.feedgym.env.testing.CountingEnv;
import org.junit.jupiter.api.Test;

class TransformRewardTest {

  @Test
  void appliesTheTransformAndKeepsEverythingElse() {
    var env = new TransformReward<>(new CountingEnv(2), r -> 2 * r + 0.5);
    env.reset(4);
    Step<int[]> first = env.step(1);
    Step<int[]> second = env.step(0);
    assertThat(first.reward()).isEqualTo(2 * 1.0 + 0.5);
    assertThat(first.observation()).containsExactly(1, 4);
    assertThat(first.info()).containsEntry("t", 1);
    assertThat(second.reward()).isEqualTo(0.5);
    assertThat(second.terminated()).isTrue();
  }

  @Test
  void nonFiniteResultNamesTheOriginalReward() {
    var env = new TransformReward<>(new CountingEnv(2), r -> r / 0.0);
    env.reset(0);
    assertThatThrownBy(() -> env.step(1)).isInstanceOf(IllegalStateException.class)
        .hasMessage("TransformReward: transform of reward 1.0 gave Infinity; rewards must be finite");
    env.reset(0);
    assertThatThrownBy(() -> env.step(0)).isInstanceOf(IllegalStateException.class)
        .hasMessage("TransformReward: transform of reward 0.0 gave NaN; rewards must be finite");
  }

  @Test
  void validatesArguments() {
    assertThatThrownBy(() -> new TransformReward<>(new CountingEnv(2), null))
        .isInstanceOf(NullPointerException.class).hasMessage("transform");
    assertThatThrownBy(() -> new TransformReward<int[], Integer>(null, r -> r))
        .isInstanceOf(NullPointerException.class).hasMessage("env");
  }
}
