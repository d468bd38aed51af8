package io.feedgym.env.vector;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedgym.env.Environment;
import io.feedgym.env.testing.CountingEnv;
import io.feedgym.env.wrappers.TimeLimit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hand-checked next-step autoreset on {@link CountingEnv}s (observation [t, start], reward = action,
 * start = seed mod 10 after reset(seed) and previous start + 1 after reset()).
 */
class AutoresetTest {

  @ParameterizedTest
  @EnumSource(VectorEnvKind.class)
  void finishedSubEnvIsResetByTheNextStepIgnoringItsAction(VectorEnvKind kind) {
    try (VectorEnv<int[], Integer> vec = kind.over(List.of(new CountingEnv(2), new CountingEnv(3)))) {
      VectorReset<int[]> reset = vec.reset(5);
      assertThat(reset.observations()).containsExactly(new int[] {0, 5}, new int[] {0, 6});
      assertThat(reset.infos()).isEqualTo(List.of(Map.of("start", 5), Map.of("start", 6)));

      VectorStep<int[]> s1 = vec.step(List.of(1, 0));
      assertThat(s1.observations()).containsExactly(new int[] {1, 5}, new int[] {1, 6});
      assertThat(s1.rewards()).containsExactly(1.0, 0.0);
      assertThat(s1.terminated()).containsExactly(false, false);
      assertThat(s1.infos()).isEqualTo(List.of(Map.of("t", 1), Map.of("t", 1)));

      // Sub-env 0 terminates: its final observation is returned now and also put in its info.
      VectorStep<int[]> s2 = vec.step(List.of(1, 1));
      assertThat(s2.observations()).containsExactly(new int[] {2, 5}, new int[] {2, 6});
      assertThat(s2.rewards()).containsExactly(1.0, 1.0);
      assertThat(s2.terminated()).containsExactly(true, false);
      assertThat(s2.truncated()).containsExactly(false, false);
      assertThat(s2.infos().get(0)).containsOnlyKeys("t", VectorEnv.FINAL_OBSERVATION, VectorEnv.FINAL_INFO)
          .containsEntry(VectorEnv.FINAL_INFO, Map.of("t", 2));
      assertThat(s2.infos().get(0).get(VectorEnv.FINAL_OBSERVATION)).isSameAs(s2.observations().get(0));
      assertThat(s2.infos().get(1)).isEqualTo(Map.of("t", 2));

      // Sub-env 0 is reset (start 5 + 1 = 6) and its invalid action 7 is ignored; sub-env 1 terminates.
      VectorStep<int[]> s3 = vec.step(List.of(7, 1));
      assertThat(s3.observations()).containsExactly(new int[] {0, 6}, new int[] {3, 6});
      assertThat(s3.rewards()).containsExactly(0.0, 1.0);
      assertThat(s3.terminated()).containsExactly(false, true);
      assertThat(s3.infos().get(0)).isEqualTo(Map.of("start", 6));
      assertThat(s3.infos().get(1)).containsEntry(VectorEnv.FINAL_INFO, Map.of("t", 3));
      assertThat((int[]) s3.infos().get(1).get(VectorEnv.FINAL_OBSERVATION)).containsExactly(3, 6);

      VectorStep<int[]> s4 = vec.step(List.of(0, 1));
      assertThat(s4.observations()).containsExactly(new int[] {1, 6}, new int[] {0, 7});
      assertThat(s4.rewards()).containsExactly(0.0, 0.0);
      assertThat(s4.terminated()).containsExactly(false, false);
      assertThat(s4.infos()).isEqualTo(List.of(Map.of("t", 1), Map.of("start", 7)));

      VectorStep<int[]> s5 = vec.step(List.of(1, 1));
      assertThat(s5.observations()).containsExactly(new int[] {2, 6}, new int[] {1, 7});
      assertThat(s5.rewards()).containsExactly(1.0, 1.0);
      assertThat(s5.terminated()).containsExactly(true, false);
      assertThat(s5.done(0)).isTrue();
      assertThat(s5.done(1)).isFalse();
    }
  }

  @ParameterizedTest
  @EnumSource(VectorEnvKind.class)
  void truncationAutoresetsLikeTermination(VectorEnvKind kind) {
    List<Environment<int[], Integer>> envs = List.of(new TimeLimit<>(new CountingEnv(99), 2), new CountingEnv(99));
    try (VectorEnv<int[], Integer> vec = kind.over(envs)) {
      vec.reset(0);
      vec.step(List.of(1, 1));
      VectorStep<int[]> truncated = vec.step(List.of(0, 0));
      assertThat(truncated.truncated()).containsExactly(true, false);
      assertThat(truncated.terminated()).containsExactly(false, false);
      assertThat(truncated.infos().get(0)).containsKeys(VectorEnv.FINAL_OBSERVATION, VectorEnv.FINAL_INFO);
      VectorStep<int[]> reset = vec.step(List.of(1, 1));
      assertThat(reset.observations()).containsExactly(new int[] {0, 1}, new int[] {3, 1});
      assertThat(reset.truncated()).containsExactly(false, false);
      assertThat(reset.reward(0)).isEqualTo(0.0);
      assertThat(vec.step(List.of(1, 1)).observations().get(0)).containsExactly(1, 1);
    }
  }

  @ParameterizedTest
  @EnumSource(VectorEnvKind.class)
  void resetSeedsSubEnvIWithSeedPlusIAndClearsPendingAutoresets(VectorEnvKind kind) {
    try (VectorEnv<int[], Integer> vec = kind.over(List.of(new CountingEnv(1), new CountingEnv(1), new CountingEnv(1)))) {
      vec.reset(8);
      assertThat(vec.step(List.of(1, 1, 1)).terminated()).containsExactly(true, true, true);
      VectorReset<int[]> reset = vec.reset(20);
      assertThat(reset.observations()).containsExactly(new int[] {0, 0}, new int[] {0, 1}, new int[] {0, 2});
      VectorStep<int[]> step = vec.step(List.of(1, 0, 1));
      assertThat(step.observations()).containsExactly(new int[] {1, 0}, new int[] {1, 1}, new int[] {1, 2});
      assertThat(step.rewards()).containsExactly(1.0, 0.0, 1.0);
    }
  }
}
