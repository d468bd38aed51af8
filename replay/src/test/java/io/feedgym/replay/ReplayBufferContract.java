package io.feedgym.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link ReplayBuffer} must have; a buffer's test extends this class and says how
 * to build one of a given capacity holding integers.
 */
public abstract class ReplayBufferContract {

  /** A new, empty buffer of {@code capacity} items. */
  protected abstract ReplayBuffer<Integer> newBuffer(int capacity);

  @Test
  void sizeGrowsUpToCapacity() {
    ReplayBuffer<Integer> buffer = newBuffer(3);
    assertThat(buffer.size()).isZero();
    for (int i = 0; i < 5; i++) {
      buffer.add(i);
    }
    assertThat(buffer.size()).isEqualTo(3);
    assertThat(buffer.capacity()).isEqualTo(3);
  }

  @Test
  void oldestItemsAreEvicted() {
    ReplayBuffer<Integer> buffer = newBuffer(3);
    for (int i = 0; i < 5; i++) {
      buffer.add(i);
    }
    Set<Integer> seen = new HashSet<>(buffer.sample(500, new SplittableRandom(1)));
    assertThat(seen).containsExactlyInAnyOrder(2, 3, 4);
  }

  @Test
  void sameSeedSameSample() {
    ReplayBuffer<Integer> a = newBuffer(100);
    ReplayBuffer<Integer> b = newBuffer(100);
    for (int i = 0; i < 100; i++) {
      a.add(i);
      b.add(i);
    }
    List<Integer> first = a.sample(32, new SplittableRandom(7));
    assertThat(b.sample(32, new SplittableRandom(7))).isEqualTo(first);
    assertThat(first).hasSize(32);
  }

  @Test
  void samplingCoversTheBuffer() {
    ReplayBuffer<Integer> buffer = newBuffer(10);
    for (int i = 0; i < 10; i++) {
      buffer.add(i);
    }
    assertThat(new HashSet<>(buffer.sample(1000, new SplittableRandom(3)))).hasSize(10);
  }

  @Test
  void badArgumentsAreRejected() {
    ReplayBuffer<Integer> buffer = newBuffer(4);
    assertThatThrownBy(() -> buffer.sample(1, new SplittableRandom(0)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("empty");
    buffer.add(1);
    assertThatThrownBy(() -> buffer.sample(0, new SplittableRandom(0)))
        .hasMessage("batch_size must be positive, found 0");
    assertThatThrownBy(() -> buffer.add(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> newBuffer(0)).hasMessage("buffer_size must be positive, found 0");
  }
}
