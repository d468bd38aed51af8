package io.feedgym.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UniformReplayBufferTest extends ReplayBufferContract {

  @Override
  protected ReplayBuffer<Integer> newBuffer(int capacity) {
    return new UniformReplayBuffer<>(capacity);
  }

  @Test
  void getIndexesFromTheOldestItem() {
    UniformReplayBuffer<Integer> buffer = new UniformReplayBuffer<>(3);
    buffer.add(10);
    buffer.add(11);
    assertThat(buffer.get(0)).isEqualTo(10);
    buffer.add(12);
    buffer.add(13);
    assertThat(buffer.get(0)).isEqualTo(11);
    assertThat(buffer.get(2)).isEqualTo(13);
    assertThatThrownBy(() -> buffer.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void transitionsKeepTerminationAndTruncationApart() {
    var t = new Transition<>(new double[] {1}, 0, 1.0, new double[] {2}, false, true);
    assertThat(t.terminated()).isFalse();
    assertThat(t.truncated()).isTrue();
    assertThatThrownBy(() -> new Transition<>(new double[] {1}, 0, Double.NaN, new double[] {2}, false, false))
        .hasMessage("reward must be finite, found NaN");
  }
}
