package io.feedgym.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.primitives.ImmutableIntArray;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class UniformReplayBufferTest extends IntegerBufferContract {

  @Override
  protected ReplayBuffer<Integer> newBuffer(int capacity) {
    return new UniformReplayBuffer<>(capacity);
  }

  /** DQN's sampling: the i-th draw is the item {@code random.nextInt(size)} places after the oldest one. */
  @Test
  void drawsCountFromTheOldestItem() {
    ReplayBuffer<Integer> buffer = newBuffer(4);
    for (int i = 10; i < 16; i++) {
      buffer.add(i);
    }
    SplittableRandom draws = new SplittableRandom(42);
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      expected.add(12 + draws.nextInt(4));
    }
    Batch<Integer> batch = buffer.sampleBatch(4, new SplittableRandom(42));
    assertThat(batch.items()).isEqualTo(expected);
    assertThat(batch.indices().stream().map(slot -> (slot + 2) % 4 + 12).boxed().toList()).isEqualTo(expected);
    assertThat(batch.weights().stream().allMatch(w -> w == 1.0)).isTrue();
    buffer.updatePriorities(ImmutableIntArray.of(0), new double[] {Double.NaN});
  }

  @Test
  void objectStorageFillsSlotsInOrder() {
    ObjectStorage<String> storage = new ObjectStorage<>(3);
    storage.add("a");
    storage.add("b");
    assertThat(storage.get(1)).isEqualTo("b");
    assertThat(storage.oldestSlot()).isZero();
    storage.add("c");
    storage.add("d");
    assertThat(storage.get(0)).isEqualTo("d");
    assertThat(storage.oldestSlot()).isEqualTo(1);
    assertThat(storage.added()).isEqualTo(4);
    assertThat(storage.size()).isEqualTo(3);
    assertThatThrownBy(() -> new ObjectStorage<String>(1).get(0)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void transitionsKeepTerminationAndTruncationApart() {
    var t = new Transition<>(new double[] {1}, 0, 1.0, new double[] {2}, false, true);
    assertThat(t.terminated()).isFalse();
    assertThat(t.truncated()).isTrue();
    assertThat(t.done()).isTrue();
    assertThat(t.steps()).isEqualTo(1);
    assertThatThrownBy(() -> new Transition<>(new double[] {1}, 0, Double.NaN, new double[] {2}, false, false))
        .hasMessage("reward must be finite, found NaN");
    assertThatThrownBy(() -> new Transition<>(new double[] {1}, 0, 1.0, new double[] {2}, false, false, 0))
        .hasMessage("steps must be positive, found 0");
  }
}
