package io.feedgym.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.primitives.ImmutableIntArray;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SlateStorageTest {
  private static final int DIM = 3;
  private static final int CANDIDATES = 5;
  private static final int SLATE = 2;

  /** Transition {@code id}: state (id, −id, 0.5) to the next id's, slate {id mod 5, (id + 1) mod 5}, reward id. */
  private static SlateTransition item(int id, boolean terminated, boolean truncated) {
    return new SlateTransition(new double[] {id, -id, 0.5}, ImmutableIntArray.of(id % 5, (id + 1) % 5), id,
        new double[] {id + 1, -id - 1, 0.5}, terminated, truncated,
        id % 3 == 0 ? ImmutableIntArray.of() : ImmutableIntArray.of(id % 2));
  }

  private static SlateStorage storage(int capacity) {
    return new SlateStorage(capacity, DIM, CANDIDATES, SLATE);
  }

  abstract static class SlateContract extends ReplayBufferContract<SlateTransition> {
    @Override
    protected SlateTransition item(int id) {
      return SlateStorageTest.item(id, id % 4 == 3, id % 6 == 5);
    }

    @Override
    protected int id(SlateTransition item) {
      return (int) item.reward();
    }
  }

  @Nested
  class UniformOverSlates extends SlateContract {
    @Override
    protected ReplayBuffer<SlateTransition> newBuffer(int capacity) {
      return new UniformReplayBuffer<>(storage(capacity));
    }
  }

  @Nested
  class PrioritizedOverSlates extends SlateContract {
    @Override
    protected ReplayBuffer<SlateTransition> newBuffer(int capacity) {
      return new PrioritizedReplayBuffer<>(storage(capacity), PrioritizedConfig.defaults());
    }
  }

  @Test
  void transitionsComeBackWithTheirClicksAndObservationsRoundedToFloat() {
    SlateStorage storage = storage(2);
    storage.add(new SlateTransition(new double[] {0.1, -2.5, 7}, ImmutableIntArray.of(4, 1), 3.5,
        new double[] {1, 2, 3}, true, false, ImmutableIntArray.of(1)));
    SlateTransition t = storage.get(0);
    assertThat(t.observation()).containsExactly((float) 0.1, -2.5, 7);
    assertThat(t.nextObservation()).containsExactly(1, 2, 3);
    assertThat(t.slate().toArray()).containsExactly(4, 1);
    assertThat(t.reward()).isEqualTo(3.5);
    assertThat(t.terminated()).isTrue();
    assertThat(t.truncated()).isFalse();
    assertThat(t.clickedPositions().toArray()).containsExactly(1);
    assertThat(t.clickedCandidates()).containsExactly(1);
    // Item 2 (slot 1) clicks position 0, candidate 2; item 3 reuses slot 0 without clicks and forgets the old one.
    storage.add(item(2, false, false));
    storage.add(item(3, false, false));
    assertThat(storage.get(0).clickedPositions().isEmpty()).isTrue();
    assertThat(storage.get(1).clickedCandidates()).containsExactly(2);
    assertThat(storage.shape().asList()).containsExactly(DIM, CANDIDATES, SLATE);
    assertThat(storage.kind()).isEqualTo("slate");
  }

  @Test
  void badTransitionsAndShapesAreRejected() {
    SlateStorage storage = storage(2);
    assertThatThrownBy(() -> storage.add(new SlateTransition(new double[] {1, 2}, ImmutableIntArray.of(0, 1), 0,
        new double[] {1, 2}, false, false, ImmutableIntArray.of()))).hasMessage("observation must have 3 values, found 2");
    assertThatThrownBy(() -> storage.add(new SlateTransition(new double[] {1, 2, 3}, ImmutableIntArray.of(0, 5), 0,
        new double[] {1, 2, 3}, false, false, ImmutableIntArray.of())))
        .hasMessage("slate must hold 2 candidates in [0, 5), found [0, 5]");
    assertThat(storage.size()).isZero();
    assertThatThrownBy(() -> new SlateTransition(new double[] {1}, ImmutableIntArray.of(0, 1), 0, new double[] {1},
        false, false, ImmutableIntArray.of(2))).hasMessage("clicked positions must be ascending and in [0, 2), found [2]");
    assertThatThrownBy(() -> new SlateTransition(new double[] {1}, ImmutableIntArray.of(1, 1), 0, new double[] {1},
        false, false, ImmutableIntArray.of())).hasMessage("slate must hold distinct non-negative candidates, found [1, 1]");
    assertThatThrownBy(() -> new SlateStorage(4, 0, 5, 2)).hasMessage("observation_size must be positive, found 0");
    assertThatThrownBy(() -> new SlateStorage(4, 3, 5, 6)).hasMessage("slate_size must be in [1, num_candidates=5], found 6");
  }
}
