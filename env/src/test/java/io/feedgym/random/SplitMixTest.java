package io.feedgym.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SplitMixTest {

  @Test
  void drawsWhatSplittableRandomDrawsForEveryMethodTheAgentsUse() {
    for (long seed : new long[] {0, 1, -7, 0x5DEECE66DL}) {
      SplitMix ours = new SplitMix(seed);
      SplittableRandom jdk = new SplittableRandom(seed);
      for (int i = 0; i < 2_000; i++) {
        assertThat(ours.nextLong()).isEqualTo(jdk.nextLong());
        assertThat(ours.nextInt()).isEqualTo(jdk.nextInt());
        assertThat(ours.nextDouble()).isEqualTo(jdk.nextDouble());
        assertThat(ours.nextInt(1 + i)).isEqualTo(jdk.nextInt(1 + i));
        assertThat(ours.nextInt(-3, 17 + i)).isEqualTo(jdk.nextInt(-3, 17 + i));
        assertThat(ours.nextLong(1L + i * 1_000_003L)).isEqualTo(jdk.nextLong(1L + i * 1_000_003L));
        assertThat(ours.nextBoolean()).isEqualTo(jdk.nextBoolean());
        assertThat(ours.nextGaussian()).isEqualTo(jdk.nextGaussian());
      }
      SplitMix ourSplit = ours.split();
      SplittableRandom jdkSplit = jdk.split();
      for (int i = 0; i < 100; i++) {
        assertThat(ourSplit.nextLong()).isEqualTo(jdkSplit.nextLong());
      }
    }
  }

  @Test
  void aRestoredStateContinuesTheStream() {
    SplitMix random = new SplitMix(42).split();
    random.nextDouble();
    SplitMix.State saved = SplitMix.State.parse(random.state().toString());
    long[] expected = random.longs(50).toArray();
    assertThat(SplitMix.restore(saved).longs(50).toArray()).containsExactly(expected);
  }

  @Test
  void malformedStatesAreRejectedNamingTheText() {
    assertThatThrownBy(() -> SplitMix.State.parse("12")).hasMessageContaining("'12'");
    assertThatThrownBy(() -> SplitMix.State.parse("zz:3")).hasMessageContaining("'zz:3'");
    assertThatThrownBy(() -> SplitMix.State.parse("1:2")).hasMessageContaining("odd");
  }
}
