package io.feedgym.env.vector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.feedgym.env.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

class VectorStepTest {

  @Test
  void gathersStepsInOrderAndIsImmutable() {
    VectorStep<String> step = VectorStep.of(List.of(Step.of("a", 1.5, true, false), Step.of("b", -2.0, false, true)));
    assertThat(step.observations()).containsExactly("a", "b");
    assertThat(step.rewards()).containsExactly(1.5, -2.0);
    assertThat(step.terminated()).containsExactly(true, false);
    assertThat(step.truncated()).containsExactly(false, true);
    assertThat(step.done(0)).isTrue();
    assertThat(step.done(1)).isTrue();
    step.rewards()[0] = 99;
    assertThat(step.reward(0)).isEqualTo(1.5);
  }

  @Test
  void equalityComparesArraysByContent() {
    VectorStep<String> a = VectorStep.of(List.of(Step.of("a", 1.0, false, false)));
    VectorStep<String> b = VectorStep.of(List.of(Step.of("a", 1.0, false, false)));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(VectorStep.of(List.of(Step.of("a", 2.0, false, false))));
    assertThat(a).hasToString(
        "VectorStep[observations=[a], rewards=[1.0], terminated=[false], truncated=[false], infos=[{}]]");
  }

  @Test
  void componentsMustHaveOneEntryPerSubEnv() {
    assertThatThrownBy(() -> new VectorStep<>(ImmutableList.of("a"), new double[2], new boolean[1], new boolean[1],
        ImmutableList.of(ImmutableMap.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("every component must have one entry per sub-env (1), found 2 rewards, 1 terminated, "
            + "1 truncated and 1 infos");
    assertThatThrownBy(() -> new VectorReset<>(ImmutableList.of("a"), ImmutableList.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("observations and infos must have the same size, found 1 and 0");
  }
}
