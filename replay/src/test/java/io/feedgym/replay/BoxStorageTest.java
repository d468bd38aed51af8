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
    assertThat(storage.size()).isZero();
  }

  @Test
  void nStepTransitionsOverBoxesKeepTheirSpanAcrossSaveAndLoad(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    NStepConfig config = new NStepConfig(3, 0.5);
    ReplayBuffer<Transition<double[], double[]>> buffer =
        new UniformReplayBuffer<>(new NStepStorage<>(config, 8, capacity -> new BoxStorage(capacity, 1, 1)));
    // An episode of 4 steps with rewards 1, 2, 4, 8 that terminates, then one step of a new episode.
    for (int t = 0; t < 4; t++) {
      buffer.add(new Transition<>(new double[] {t}, new double[] {0.1 * t}, 1 << t, new double[] {t + 1}, t == 3,
          false));
    }
    buffer.add(new Transition<>(new double[] {10}, new double[] {0.5}, 1, new double[] {11}, false, false));
    buffer.save(dir.resolve("replay.bin"));
    NStepStorage<double[], double[]> storage = new NStepStorage<>(config, 8, capacity -> new BoxStorage(capacity, 1, 1));
    ReplayBuffer<Transition<double[], double[]>> loaded = new UniformReplayBuffer<>(storage);
    loaded.load(dir.resolve("replay.bin"));
    // Stored: t = 0 and 1 as 3-step windows, t = 2 and 3 flushed at the termination with 2 and 1 steps.
    assertThat(storage.size()).isEqualTo(4);
    assertThat(storage.get(0).reward()).isEqualTo(1 + 0.5 * 2 + 0.25 * 4);
    assertThat(storage.get(0).steps()).isEqualTo(3);
    assertThat(storage.get(0).nextObservation()).containsExactly(3);
    assertThat(storage.get(1).reward()).isEqualTo(2 + 0.5 * 4 + 0.25 * 8);
    assertThat(storage.get(1).terminated()).isTrue();
    assertThat(storage.get(2).steps()).isEqualTo(2);
    assertThat(storage.get(3).steps()).isEqualTo(1);
    assertThat(storage.get(3).reward()).isEqualTo(8);
    // The new episode's step is pending in the window, restored with it: two more steps complete its window.
    loaded.add(new Transition<>(new double[] {11}, new double[] {0.5}, 2, new double[] {12}, false, false));
    loaded.add(new Transition<>(new double[] {12}, new double[] {0.5}, 4, new double[] {13}, false, false));
    assertThat(storage.get(4).reward()).isEqualTo(1 + 0.5 * 2 + 0.25 * 4);
    assertThat(storage.get(4).observation()).containsExactly(10);
  }
}
