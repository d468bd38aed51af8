package io.feedgym.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BoxStorageTest {

  /** The buffer contract (sampling, eviction, save/load) with the item's id in the reward. */
  @Nested
  class UniformOverBoxes extends ReplayBufferContract<Transition<double[], double[]>> {
    @Override
    protected ReplayBuffer<Transition<double[], double[]>> newBuffer(int capacity) {
      return new UniformReplayBuffer<>(new BoxStorage(capacity, 2, 3));
    }

    @Override
    protected Transition<double[], double[]> item(int id) {
      return new Transition<>(new double[] {id, -id}, new double[] {0.5, -0.25, id / 1e3}, id,
          new double[] {id + 1, 0}, id % 3 == 0, id % 5 == 0);
    }

    @Override
    protected int id(Transition<double[], double[]> item) {
      return (int) item.reward();
    }
  }

  @Test
  void actionsComeBackExactlyAndObservationsRoundedToFloat() {
    BoxStorage storage = new BoxStorage(2, 2, 2);
    storage.add(new Transition<>(new double[] {0.1, 1}, new double[] {0.1, -1}, 2.5, new double[] {3, 4}, false, true));
    Transition<double[], double[]> t = storage.get(0);
    assertThat(t.observation()).containsExactly((float) 0.1, 1);
    assertThat(t.action()).containsExactly(0.1, -1);
    assertThat(t.reward()).isEqualTo(2.5);
    assertThat(t.terminated()).isFalse();
    assertThat(t.truncated()).isTrue();
    assertThat(storage.shape().asList()).containsExactly(2, 2);
  }

  @Test
  void wrongShapesAndValuesAreRejectedWithoutChangingTheStorage() {
    BoxStorage storage = new BoxStorage(2, 2, 2);
    assertThatThrownBy(() -> storage.add(new Transition<>(new double[] {1, 2}, new double[] {1}, 0,
        new double[] {1, 2}, false, false))).hasMessage("action must have 2 values, found 1");
    assertThatThrownBy(() -> storage.add(new Transition<>(new double[] {1, 2}, new double[] {1, Double.NaN}, 0,
        new double[] {1, 2}, false, false))).hasMessage("action values must be finite, found NaN");
    assertThatThrownBy(() -> storage.add(new Transition<>(new double[] {1, 2}, new double[] {1, 0}, 0,
        new double[] {1, 2}, false, false, 3))).hasMessage("a BoxStorage keeps one-step transitions, found steps=3");
    assertThat(storage.size()).isZero();
  }
}
