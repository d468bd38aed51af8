package io.feedgym.env.spaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MultiDiscreteTest {
  private final MultiDiscrete space = new MultiDiscrete(3, 1, 4);

  @Test
  void containsExactlyTheVectorsBelowNvec() {
    assertThat(space.contains(new int[] {0, 0, 0})).isTrue();
    assertThat(space.contains(new int[] {2, 0, 3})).isTrue();
    assertThat(space.contains(new int[] {3, 0, 0})).isFalse();
    assertThat(space.contains(new int[] {0, 1, 0})).isFalse();
    assertThat(space.contains(new int[] {0, 0, -1})).isFalse();
    assertThat(space.contains(new int[] {0, 0})).isFalse();
    assertThat(space.contains(null)).isFalse();
  }

  @Test
  void samplesCoverEveryValueOfEveryPositionAndStayInside() {
    SplittableRandom random = new SplittableRandom(7);
    boolean[][] seen = {new boolean[3], new boolean[1], new boolean[4]};
    for (int i = 0; i < 500; i++) {
      int[] sample = space.sample(random);
      assertThat(space.contains(sample)).isTrue();
      for (int p = 0; p < 3; p++) {
        seen[p][sample[p]] = true;
      }
    }
    assertThat(seen[0]).containsOnly(true);
    assertThat(seen[1]).containsOnly(true);
    assertThat(seen[2]).containsOnly(true);
  }

  @Test
  void sameSeedSameSamples() {
    assertThat(space.sample(new SplittableRandom(3))).isEqualTo(space.sample(new SplittableRandom(3)));
  }

  @Test
  void validatesNvecNamingTheParameter() {
    assertThatThrownBy(() -> new MultiDiscrete(2, -3))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("nvec[1] must be positive, found -3");
    assertThatThrownBy(() -> new MultiDiscrete(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("nvec[0] must be positive, found 0");
    assertThatThrownBy(() -> new MultiDiscrete())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("nvec must hold at least one size, found []");
  }

  @Test
  void valueSemanticsAndReadableText() {
    assertThat(space).isEqualTo(new MultiDiscrete(3, 1, 4)).hasSameHashCodeAs(new MultiDiscrete(3, 1, 4));
    assertThat(space).isNotEqualTo(new MultiDiscrete(3, 1, 5));
    assertThat(space).hasToString("MultiDiscrete([3, 1, 4])");
    assertThat(space.describe(new int[] {1, 0, 2})).isEqualTo("[1, 0, 2]");
    assertThat(space.size()).isEqualTo(3);
  }

  @Test
  void nvecIsCopiedInAndOut() {
    int[] nvec = {2, 2};
    MultiDiscrete copy = new MultiDiscrete(nvec);
    nvec[0] = 9;
    copy.nvec()[1] = 9;
    assertThat(copy.nvec()).containsExactly(2, 2);
  }
}
