package io.feedgym.env.wrappers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedgym.env.Step;
import io.feedgym.env.spaces.Discrete;
import io.feedgym.env.testing.CountingEnv;
import org.junit.jupiter.api.Test;

class TransformObservationTest {
  private final CountingEnv inner = new CountingEnv(2);
  private final TransformObservation<int[], Integer, Integer> env =
      new TransformObservation<>(inner, o -> 10 * o[0] + o[1], new Discrete(100));

  @Test
  void mapsResetAndStepObservationsAndKeepsTheRest() {
    var reset = env.reset(7);
    assertThat(reset.observation()).isEqualTo(7);
    assertThat(reset.info()).containsEntry("start", 7);
    Step<Integer> step = env.step(1);
    assertThat(step.observation()).isEqualTo(10 + 7);
    assertThat(step.reward()).isEqualTo(1.0);
    assertThat(step.info()).containsEntry("t", 1);
    Step<Integer> last = env.step(0);
    assertThat(last.observation()).isEqualTo(27);
    assertThat(last.terminated()).isTrue();
    assertThat(env.reset().observation()).isEqualTo(8);
  }

  @Test
  void exposesTheNewObservationSpaceAndTheOldActionSpace() {
    assertThat(env.observationSpace()).isEqualTo(new Discrete(100));
    assertThat(env.actionSpace()).isEqualTo(new Discrete(2));
    assertThat(env.unwrapped()).isSameAs(inner);
    assertThat(env).hasToString("TransformObservation<CountingEnv(episodeLength=2)>");
  }

  @Test
  void nullTransformResultIsAnError() {
    var broken = new TransformObservation<int[], Integer, Integer>(inner, o -> null, new Discrete(100));
    assertThatThrownBy(() -> broken.reset(3)).isInstanceOf(IllegalStateException.class)
        .hasMessage("TransformObservation: transform returned null for observation [0, 3]");
  }

  @Test
  void closeIsForwarded() {
    env.reset(0);
    env.close();
    assertThatThrownBy(() -> env.step(0)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void validatesArguments() {
    assertThatThrownBy(() -> new TransformObservation<>(inner, o -> o, null))
        .isInstanceOf(NullPointerException.class).hasMessage("observationSpace");
    assertThatThrownBy(() -> new TransformObservation<int[], Integer, Integer>(inner, null, new Discrete(1)))
        .isInstanceOf(NullPointerException.class).hasMessage("transform");
  }
}
