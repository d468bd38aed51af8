package io.feedgym.replay;

import static io.feedgym.replay.VectorItems.state;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NStepStorageTest {
  private static final NStepConfig THREE_HALF = new NStepConfig(3, 0.5);

  @Nested
  class UniformOverNStep extends VectorBufferContract {
    @Override
    protected ReplayBuffer<Transition<double[], Integer>> newBuffer(int capacity) {
      return new UniformReplayBuffer<>(storage(NStepConfig.defaults(), capacity));
    }

    /** One-step episodes, which pass through unchanged. */
    @Override
    protected Transition<double[], Integer> item(int id) {
      return VectorItems.transition(id, id % 2 == 0, id % 2 == 1);
    }
  }

  private static NStepStorage<double[], Integer> storage(NStepConfig config, int capacity) {
    return new NStepStorage<>(config, capacity, VectorBufferContract::vectors);
  }

  private static Transition<double[], Integer> step(int state, double reward, boolean terminated, boolean truncated) {
    return new Transition<>(state(state), state % 2, reward, state(state + 1), terminated, truncated);
  }

  /**
   * n = 3, γ = 0.5. Episode A: rewards 1, 2, 4, 8 from s0, terminated after s3. Episode B: rewards 1, 1
   * from s10, truncated after s11. The windows at each end are flushed with fewer steps.
   */
  @Test
  void returnsStopAtTerminationAndTruncationAndFlushAtEpisodeEnds() {
    NStepStorage<double[], Integer> storage = storage(THREE_HALF, 10);
    storage.add(step(0, 1, false, false));
    storage.add(step(1, 2, false, false));
    assertThat(storage.size()).isZero();
    assertThat(storage.pending()).isEqualTo(2);
    storage.add(step(2, 4, false, false));
    assertThat(storage.size()).isEqualTo(1);
    storage.add(step(3, 8, true, false));
    assertThat(storage.size()).isEqualTo(4);
    assertThat(storage.pending()).isZero();
    storage.add(step(10, 1, false, false));
    storage.add(step(11, 1, false, true));

    expect(storage.get(0), 0, 1 + 0.5 * 2 + 0.25 * 4, 3, false, false, 3);
    expect(storage.get(1), 1, 2 + 0.5 * 4 + 0.25 * 8, 4, true, false, 3);
    expect(storage.get(2), 2, 4 + 0.5 * 8, 4, true, false, 2);
    expect(storage.get(3), 3, 8, 4, true, false, 1);
    expect(storage.get(4), 10, 1 + 0.5 * 1, 12, false, true, 2);
    expect(storage.get(5), 11, 1, 12, false, true, 1);
    assertThat(storage.size()).isEqualTo(6);
  }

  private static void expect(Transition<double[], Integer> t, int state, double reward, int next, boolean terminated,
      boolean truncated, int steps) {
    assertThat(t.observation()).containsExactly(state(state));
    assertThat(t.action()).isEqualTo(state % 2);
    assertThat(t.reward()).isCloseTo(reward, within(1e-12));
    assertThat(t.nextObservation()).containsExactly(state(next));
    assertThat(t.terminated()).isEqualTo(terminated);
    assertThat(t.truncated()).isEqualTo(truncated);
    assertThat(t.steps()).isEqualTo(steps);
  }

  @Test
  void oneStepIsTheIdentityAndLongRunsSlideTheWindow() {
    NStepStorage<double[], Integer> one = storage(new NStepConfig(1, 0.9), 4);
    one.add(step(5, 2, false, false));
    expect(one.get(0), 5, 2, 6, false, false, 1);
    NStepStorage<double[], Integer> two = storage(new NStepConfig(2, 0.9), 4);
    for (int s = 0; s < 6; s++) {
      two.add(step(s, s, false, false));
    }
    assertThat(two.size()).isEqualTo(4);
    assertThat(two.added()).isEqualTo(5);
    expect(two.get(0), 4, 4 + 0.9 * 5, 6, false, false, 2);
    expect(two.get(1), 1, 1 + 0.9 * 2, 3, false, false, 2);
  }

  @Test
  void prioritizedBuffersPrioritizeEveryFlushedTransition() {
    PrioritizedReplayBuffer<Transition<double[], Integer>> buffer =
        new PrioritizedReplayBuffer<>(storage(THREE_HALF, 8), PrioritizedConfig.defaults());
    buffer.add(step(0, 1, false, false));
    buffer.add(step(1, 1, true, false));
    assertThat(buffer.size()).isEqualTo(2);
    Set<Integer> slots = new HashSet<>();
    SplittableRandom random = new SplittableRandom(0);
    for (int i = 0; i < 20; i++) {
      buffer.sampleBatch(2, random).indices().forEach(slots::add);
    }
    assertThat(slots).containsExactlyInAnyOrder(0, 1);
  }

  @Test
  void savedPendingStepsAreFlushedAfterLoading(@TempDir Path dir) throws IOException {
    UniformReplayBuffer<Transition<double[], Integer>> original = new UniformReplayBuffer<>(storage(THREE_HALF, 8));
    original.add(step(0, 1, false, false));
    original.add(step(1, 2, false, false));
    original.save(dir.resolve("nstep.bin"));
    NStepStorage<double[], Integer> loaded = storage(THREE_HALF, 8);
    new UniformReplayBuffer<>(loaded).load(dir.resolve("nstep.bin"));
    assertThat(loaded.pending()).isEqualTo(2);
    loaded.add(step(2, 4, false, true));
    expect(loaded.get(0), 0, 1 + 0.5 * 2 + 0.25 * 4, 3, false, true, 3);
    expect(loaded.get(2), 2, 4, 3, false, true, 1);

    UniformReplayBuffer<Transition<double[], Integer>> otherGamma =
        new UniformReplayBuffer<>(storage(THREE_HALF.withGamma(0.9), 8));
    assertThatThrownBy(() -> otherGamma.load(dir.resolve("nstep.bin")))
        .hasMessage(dir.resolve("nstep.bin") + ": n-step settings mismatch: the file has n_step=3, gamma=0.5, "
            + "this buffer n_step=3, gamma=0.9");
  }

  @Test
  void badInputsAreRejected() {
    NStepStorage<double[], Integer> storage = storage(THREE_HALF, 4);
    assertThatThrownBy(() -> storage.add(new Transition<>(state(0), 0, 1, state(1), false, false, 2)))
        .hasMessage("n-step storage takes one-step transitions, found steps=2");
    assertThatThrownBy(() -> NStepConfig.defaults().withN(0)).hasMessage("n_step must be positive, found 0");
    assertThatThrownBy(() -> NStepConfig.defaults().withGamma(1.01)).hasMessage("gamma must be in [0, 1], found 1.01");
    assertThat(storage.kind()).isEqualTo("nstep/vector");
  }
}
