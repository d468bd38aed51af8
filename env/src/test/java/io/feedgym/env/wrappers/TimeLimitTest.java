package io.feedgym.env.wrappers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedgym.env.Step;
import io.feedgym.env.testing.CountingEnv;
import org.junit.jupiter.api.Test;

class TimeLimitTest {

  @Test
  void truncatesTheStepThatReachesTheLimit() {
    var env = new TimeLimit<>(new CountingEnv(99), 2);
    env.reset(0);
    Step<int[]> first = env.step(1);
    Step<int[]> second = env.step(1);
    assertThat(first.truncated()).isFalse();
    assertThat(second.truncated()).isTrue();
    assertThat(second.terminated()).isFalse();
    assertThat(second.observation()).containsExactly(2, 0);
  }

  @Test
  void aTerminationAtTheLimitIsNotAlsoATruncation() {
    var env = new TimeLimit<>(new CountingEnv(2), 2);
    env.reset(0);
    env.step(0);
    Step<int[]> last = env.step(0);
    assertThat(last.terminated()).isTrue();
    assertThat(last.truncated()).isFalse();
  }

  @Test
  void steppingPastTheLimitWithoutResetIsAnError() {
    var env = new TimeLimit<>(new CountingEnv(99), 1);
    env.reset(0);
    env.step(0);
    assertThatThrownBy(() -> env.step(0)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("call reset() first");
    env.reset();
    assertThat(env.step(0).truncated()).isTrue();
  }

  @Test
  void validatesTheLimit() {
    assertThatThrownBy(() -> new TimeLimit<>(new CountingEnv(1), 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("max_episode_steps must be positive, found 0");
  }
}
