package io.feedgym.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class VectorStorageTest {

  @Nested
  class UniformOverVectors extends VectorBufferContract {
    @Override
    protected ReplayBuffer<Transition<double[], Integer>> newBuffer(int capacity) {
      return new UniformReplayBuffer<>(vectors(capacity));
    }

    @Override
    protected Transition<double[], Integer> item(int id) {
      return VectorItems.transition(id, id % 3 == 0, id % 5 == 0);
    }
  }

  @Test
  void transitionsComeBackWithObservationsRoundedToFloat() {
    VectorStorage storage = new VectorStorage(2, 3, 4);
    storage.add(new Transition<>(new double[] {0.1, -2.5, 1e10}, 3, 0.1, new double[] {1, 2, 3}, true, false, 2));
    Transition<double[], Integer> t = storage.get(0);
    assertThat(t.observation()).containsExactly((float) 0.1, -2.5, (float) 1e10);
    assertThat(t.nextObservation()).containsExactly(1, 2, 3);
    assertThat(t.action()).isEqualTo(3);
    assertThat(t.reward()).isEqualTo(0.1);
    assertThat(t.terminated()).isTrue();
    assertThat(t.truncated()).isFalse();
    assertThat(t.steps()).isEqualTo(2);
    assertThat(storage.shape().asList()).containsExactly(3, 4);
    assertThat(storage.kind()).isEqualTo("vector");
  }

  @Test
  void wrongShapesActionsAndRangesAreRejectedWithoutChangingTheStorage() {
    VectorStorage storage = new VectorStorage(2, 2, 2);
    assertThatThrownBy(() -> storage.add(new Transition<>(new double[] {1}, 0, 0, new double[] {1, 2}, false, false)))
        .hasMessage("observation must have 2 values, found 1");
    assertThatThrownBy(() -> storage.add(new Transition<>(new double[] {1, 2}, 2, 0, new double[] {1, 2}, false, false)))
        .hasMessage("action must be in [0, 2), found 2");
    assertThatThrownBy(() -> storage.add(new Transition<>(new double[] {1, 2}, 0, 0, new double[] {1, 1e39}, false,
        false))).hasMessageStartingWith("next_observation[1] = 1.0E39 is beyond float range");
    assertThat(storage.size()).isZero();
    assertThatThrownBy(() -> new VectorStorage(4, 0, 2)).hasMessage("observation_size must be positive, found 0");
    assertThatThrownBy(() -> new VectorStorage(4, 2, 0)).hasMessage("actions must be positive, found 0");
    assertThatThrownBy(() -> new VectorStorage(1 << 30, 4, 2))
        .hasMessage("buffer_size × observation_size must be at most 2147483639, found 1073741824 × 4");
  }

  /** A million CartPole transitions (4 features) must fit in 200 MB of heap; measured, then printed. */
  @Test
  void aMillionCartPoleTransitionsFitIn200Megabytes() {
    long before = Heap.used();
    VectorStorage storage = new VectorStorage(1_000_000, 4, 2);
    for (int i = 0; i < 1_000_000; i++) {
      storage.add(VectorItems.transition(i % 500, i % 500 == 499, false));
    }
    long bytes = Heap.used() - before;
    System.out.printf("VectorStorage: 1,000,000 CartPole transitions hold %.1f MB of heap (%.1f bytes each)%n",
        bytes / 1e6, bytes / 1e6);
    assertThat(storage.size()).isEqualTo(1_000_000);
    // The arrays take 49 MB; other garbage collected meanwhile can lower the measured difference a little.
    assertThat(bytes).isBetween(30_000_000L, 200_000_000L);
  }
}
