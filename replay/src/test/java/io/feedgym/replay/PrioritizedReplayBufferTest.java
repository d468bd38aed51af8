package io.feedgym.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.primitives.ImmutableIntArray;
import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrioritizedReplayBufferTest {
  /** α = 1, β₀ = 0.5 (constant over the first batches), ε = 0.5. */
  private static final PrioritizedConfig LINEAR = new PrioritizedConfig(1.0, 0.5, 1_000_000, 0.5);

  @Nested
  class OverObjects extends IntegerBufferContract {
    @Override
    protected ReplayBuffer<Integer> newBuffer(int capacity) {
      return new PrioritizedReplayBuffer<>(new ObjectStorage<>(capacity), PrioritizedConfig.defaults());
    }
  }

  @Nested
  class OverVectors extends VectorBufferContract {
    @Override
    protected ReplayBuffer<Transition<double[], Integer>> newBuffer(int capacity) {
      return new PrioritizedReplayBuffer<>(vectors(capacity), PrioritizedConfig.defaults().withBetaSteps(2));
    }

    @Override
    protected Transition<double[], Integer> item(int id) {
      return VectorItems.transition(id, false, id % 4 == 3);
    }
  }

  /** Four items with TD errors 0.5, −1.5, 2.5, 3.5, so p = |δ| + 0.5 = 1, 2, 3, 4 and P = 0.1 … 0.4 (α = 1). */
  private static PrioritizedReplayBuffer<Integer> oneToFour(PrioritizedConfig config) {
    PrioritizedReplayBuffer<Integer> buffer = new PrioritizedReplayBuffer<>(new ObjectStorage<>(4), config);
    for (int i = 0; i < 4; i++) {
      buffer.add(i);
    }
    buffer.updatePriorities(ImmutableIntArray.of(0, 1, 2, 3), new double[] {0.5, -1.5, 2.5, 3.5});
    return buffer;
  }

  /**
   * Stratified draws: the i-th of 4 draws is u = 2.5 (i + U) in a total mass of 10, and the prefix sums
   * 1, 3, 6, 10 map u to a slot. Weights (N P(i))^−β with N = 4, β = 0.5 are 0.4^−½ = 1.5811388,
   * 0.8^−½ = 1.1180340, 1.2^−½ = 0.9128709, 1.6^−½ = 0.7905694, divided by the batch's largest.
   */
  @Test
  void drawsFollowThePrefixSumsAndWeightsAreHandComputed() {
    double[] rawWeights = {1.5811388, 1.1180340, 0.9128709, 0.7905694};
    for (long seed = 0; seed < 20; seed++) {
      Batch<Integer> batch = oneToFour(LINEAR).sampleBatch(4, new SplittableRandom(seed));
      SplittableRandom draws = new SplittableRandom(seed);
      double max = 0;
      for (int i = 0; i < 4; i++) {
        double u = 2.5 * (i + draws.nextDouble());
        int expected = u < 1 ? 0 : u < 3 ? 1 : u < 6 ? 2 : 3;
        assertThat(batch.indices().get(i)).isEqualTo(expected);
        assertThat(batch.items().get(i)).isEqualTo(expected);
        max = Math.max(max, rawWeights[expected]);
      }
      for (int i = 0; i < 4; i++) {
        assertThat(batch.weights().get(i)).isCloseTo(rawWeights[batch.indices().get(i)] / max, within(1e-6));
      }
    }
  }

  /** α = 0.5 over p = 1, 4, 9, 16 gives p^α = 1, 2, 3, 4: P = 0.1, 0.2, 0.3, 0.4. */
  @Test
  void itemsAreDrawnInProportionToPriorityToTheAlpha() {
    PrioritizedReplayBuffer<Integer> buffer = oneToFour(LINEAR.withAlpha(0.5));
    buffer.updatePriorities(ImmutableIntArray.of(0, 1, 2, 3), new double[] {0.5, 3.5, 8.5, 15.5});
    int[] counts = new int[4];
    SplittableRandom random = new SplittableRandom(3);
    for (int i = 0; i < 40_000; i++) {
      counts[buffer.sampleBatch(1, random).items().get(0)]++;
    }
    for (int i = 0; i < 4; i++) {
      assertThat(counts[i] / 40_000.0).isCloseTo(0.1 * (i + 1), within(0.01));
    }
  }

  @Test
  void newItemsGetTheLargestPriorityAndAlphaZeroIsUniform() {
    PrioritizedReplayBuffer<Integer> buffer = oneToFour(LINEAR);
    buffer.add(4);
    buffer.add(5);
    int[] counts = new int[6];
    SplittableRandom random = new SplittableRandom(4);
    for (int i = 0; i < 40_000; i++) {
      counts[buffer.sampleBatch(1, random).items().get(0)]++;
    }
    assertThat(counts[0] + counts[1]).isZero();
    assertThat(counts[4] / 40_000.0).isCloseTo(4 / 15.0, within(0.01));
    assertThat(counts[2] / 40_000.0).isCloseTo(3 / 15.0, within(0.01));
    Batch<Integer> uniform = oneToFour(LINEAR.withAlpha(0)).sampleBatch(4, new SplittableRandom(1));
    assertThat(uniform.weights().stream().allMatch(w -> w == 1.0)).isTrue();
  }

  @Test
  void betaRisesLinearlyToOne() {
    PrioritizedReplayBuffer<Integer> buffer = oneToFour(LINEAR.withBeta0(0.4).withBetaSteps(4));
    SplittableRandom random = new SplittableRandom(0);
    double[] expected = {0.4, 0.55, 0.7, 0.85, 1.0, 1.0};
    for (double beta : expected) {
      assertThat(buffer.beta()).isCloseTo(beta, within(1e-12));
      buffer.sampleBatch(2, random);
    }
  }

  @Test
  void badPriorityUpdatesAreRejectedBeforeAnyChange() {
    PrioritizedReplayBuffer<Integer> buffer = oneToFour(LINEAR);
    assertThatThrownBy(() -> buffer.updatePriorities(ImmutableIntArray.of(0, 1), new double[] {1}))
        .hasMessage("indices and td_errors must have the same length, found 2 and 1");
    assertThatThrownBy(() -> buffer.updatePriorities(ImmutableIntArray.of(0, 4), new double[] {1, 1}))
        .hasMessage("indices[1] must be a stored slot in [0, 4), found 4");
    assertThatThrownBy(() -> buffer.updatePriorities(ImmutableIntArray.of(0, 1), new double[] {100, Double.NaN}))
        .hasMessage("td_errors[1] must be finite, found NaN");
    assertThatThrownBy(() -> buffer.updatePriorities(ImmutableIntArray.of(2), new double[] {Double.NEGATIVE_INFINITY}))
        .hasMessage("td_errors[0] must be finite, found -Infinity");
    Batch<Integer> batch = buffer.sampleBatch(4, new SplittableRandom(8));
    assertThat(batch).isEqualTo(oneToFour(LINEAR).sampleBatch(4, new SplittableRandom(8)));
  }

  @Test
  void configsNameTheBadParameter() {
    assertThatThrownBy(() -> PrioritizedConfig.defaults().withAlpha(1.5)).hasMessage("alpha must be in [0, 1], found 1.5");
    assertThatThrownBy(() -> PrioritizedConfig.defaults().withBeta0(-0.1))
        .hasMessage("beta0 must be in [0, 1], found -0.1");
    assertThatThrownBy(() -> PrioritizedConfig.defaults().withBetaSteps(0))
        .hasMessage("beta_steps must be positive, found 0");
    assertThatThrownBy(() -> PrioritizedConfig.defaults().withEpsilon(0))
        .hasMessage("epsilon must be positive and finite, found 0.0");
  }

  @Test
  void saveAndLoadKeepPrioritiesAndBetaPosition(@TempDir Path dir) throws IOException {
    PrioritizedConfig config = LINEAR.withBetaSteps(10);
    PrioritizedReplayBuffer<Transition<double[], Integer>> original =
        new PrioritizedReplayBuffer<>(VectorBufferContract.vectors(6), config);
    for (int i = 0; i < 8; i++) {
      original.add(VectorItems.transition(i, false, false));
    }
    original.updatePriorities(ImmutableIntArray.of(0, 3, 5), new double[] {4, -0.25, 9});
    SplittableRandom random = new SplittableRandom(2);
    for (int i = 0; i < 3; i++) {
      original.sampleBatch(3, random);
    }
    Path file = dir.resolve("per.bin");
    original.save(file);
    PrioritizedReplayBuffer<Transition<double[], Integer>> loaded =
        new PrioritizedReplayBuffer<>(VectorBufferContract.vectors(6), config);
    loaded.load(file);
    assertThat(loaded.beta()).isEqualTo(original.beta()).isCloseTo(0.65, within(1e-12));
    Batch<Transition<double[], Integer>> expected = original.sampleBatch(6, new SplittableRandom(9));
    Batch<Transition<double[], Integer>> actual = loaded.sampleBatch(6, new SplittableRandom(9));
    assertThat(actual.indices()).isEqualTo(expected.indices());
    assertThat(actual.weights()).isEqualTo(expected.weights());
    assertThat(expected.weights().stream().anyMatch(w -> w < 1)).isTrue();
    original.add(VectorItems.transition(8, false, false));
    loaded.add(VectorItems.transition(8, false, false));
    assertThat(loaded.sampleBatch(6, new SplittableRandom(1)).indices())
        .isEqualTo(original.sampleBatch(6, new SplittableRandom(1)).indices());
  }
}
