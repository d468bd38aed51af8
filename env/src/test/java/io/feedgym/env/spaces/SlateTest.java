package io.feedgym.env.spaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SlateTest {
  private final Slate slate = new Slate(3, 5);
  private final boolean[] mask = {true, false, true, true, true};

  @Test
  void validatesKAndNNamingTheRange() {
    assertThatThrownBy(() -> new Slate(2, -3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("n must be positive, found -3");
    assertThatThrownBy(() -> new Slate(0, 5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("k must be in [1, n=5], found 0");
    assertThatThrownBy(() -> new Slate(6, 5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("k must be in [1, n=5], found 6");
  }

  @Test
  void valueSemanticsAndReadableText() {
    assertThat(new Slate(10, 100)).hasToString("Slate(k=10, n=100)");
    assertThat(slate).isEqualTo(new Slate(3, 5)).hasSameHashCodeAs(new Slate(3, 5));
    assertThat(slate).isNotEqualTo(new Slate(3, 6)).isNotEqualTo(new Slate(2, 5));
    assertThat(slate.describe(new int[] {4, 0, 2})).isEqualTo("[4, 0, 2]");
  }

  @Test
  void containsKDistinctIndicesInRange() {
    assertThat(slate.contains(new int[] {4, 0, 2})).isTrue();
    assertThat(slate.contains(new int[] {1, 0, 2})).isTrue();
    assertThat(slate.contains(new int[] {4, 0})).isFalse();
    assertThat(slate.contains(new int[] {4, 0, 4})).isFalse();
    assertThat(slate.contains(new int[] {5, 0, 2})).isFalse();
    assertThat(slate.contains(new int[] {-1, 0, 2})).isFalse();
    assertThat(slate.contains(null)).isFalse();
  }

  @Test
  void maskedContainsRejectsUnavailableIndices() {
    assertThat(slate.contains(new int[] {4, 0, 2}, mask)).isTrue();
    assertThat(slate.contains(new int[] {1, 0, 2}, mask)).isFalse();
  }

  @Test
  void validateNamesExactlyWhatIsWrong() {
    assertThatThrownBy(() -> slate.validate(new int[] {0, 2}, mask))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("slate must hold k=3 indices, found 2");
    assertThatThrownBy(() -> slate.validate(new int[] {0, 2, 0}, mask))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("slate index 0 appears twice, at positions 0 and 2");
    assertThatThrownBy(() -> slate.validate(new int[] {0, 7, 2}, mask))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("slate index 7 at position 1 is out of range [0, 5)");
    assertThatThrownBy(() -> slate.validate(new int[] {0, 2, 1}, mask))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("slate index 1 at position 2 is masked (not available)");
    assertThatThrownBy(() -> slate.validate(null, mask))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("slate must not be null");
    assertThatThrownBy(() -> slate.validate(new int[] {0, 2, 3}, new boolean[4]))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("mask must have length n=5, found 4");
    assertThatThrownBy(() -> slate.validate(new int[] {0, 2, 3}, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("mask must not be null");
  }

  @Test
  void unmaskedValidateAcceptsAnyDistinctIndicesAndRejectsTheRest() {
    slate.validate(new int[] {1, 0, 4});
    assertThatThrownBy(() -> slate.validate(new int[] {1, 1, 4}))
        .hasMessage("slate index 1 appears twice, at positions 0 and 1");
  }

  @Test
  void samplesAreDistinctAndInRange() {
    SplittableRandom random = new SplittableRandom(1);
    for (int i = 0; i < 1000; i++) {
      int[] sample = slate.sample(random);
      assertThat(slate.contains(sample)).as(slate.describe(sample)).isTrue();
    }
  }

  @Test
  void maskedSamplesUseOnlyAvailableIndicesAndLeaveTheMaskAlone() {
    SplittableRandom random = new SplittableRandom(2);
    for (int i = 0; i < 1000; i++) {
      int[] sample = slate.sample(random, mask);
      assertThat(slate.contains(sample, mask)).as(slate.describe(sample)).isTrue();
    }
    assertThat(mask).containsExactly(true, false, true, true, true);
  }

  @Test
  void maskedSamplesAreUniformOverOrderedSlates() {
    Slate two = new Slate(2, 4);
    boolean[] available = {true, true, false, true};
    SplittableRandom random = new SplittableRandom(3);
    Map<String, Integer> counts = new HashMap<>();
    int draws = 60_000;
    for (int i = 0; i < draws; i++) {
      int[] s = two.sample(random, available);
      counts.merge(s[0] + "," + s[1], 1, Integer::sum);
    }
    // 3 available indices give 3 * 2 = 6 ordered slates, each with probability 1/6.
    assertThat(counts).containsOnlyKeys("0,1", "1,0", "0,3", "3,0", "1,3", "3,1");
    counts.values().forEach(c -> assertThat(c / (double) draws).isCloseTo(1.0 / 6, within(0.01)));
  }

  @Test
  void exactlyKAvailableGivesAPermutationOfThem() {
    boolean[] three = {false, true, true, false, true};
    assertThat(slate.sample(new SplittableRandom(4), three)).containsExactlyInAnyOrder(1, 2, 4);
  }

  @Test
  void tooFewAvailableIsAnError() {
    boolean[] two = {false, true, false, false, true};
    assertThatThrownBy(() -> slate.sample(new SplittableRandom(5), two))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mask has 2 available indices, fewer than k=3 needed for Slate(k=3, n=5)");
  }

  @Test
  void sameSeedSameSamples() {
    assertThat(slate.sample(new SplittableRandom(9), mask)).isEqualTo(slate.sample(new SplittableRandom(9), mask));
    assertThat(slate.sample(new SplittableRandom(9))).isEqualTo(slate.sample(new SplittableRandom(9)));
  }
}
