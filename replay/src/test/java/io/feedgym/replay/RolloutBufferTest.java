package io.feedgym.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RolloutBufferTest {
  private static final double GAMMA = 0.9;
  private static final double LAMBDA = 0.5;

  @TempDir Path dir;

  private static RolloutStep step(double value, double reward, boolean terminated, boolean truncated, double last) {
    return new RolloutStep(new float[] {(float) reward}, new float[] {0}, -0.5, value, reward, terminated, truncated,
        last);
  }

  /** Rewards 1..4, values 0.5..2.0, step 1 ends its episode, V after the last row = 3. */
  private static RolloutBuffer fourSteps(boolean terminated) {
    RolloutBuffer buffer = new RolloutBuffer(4, 1, 1, 1);
    buffer.add(List.of(step(0.5, 1, false, false, 0)));
    buffer.add(List.of(step(1.0, 2, terminated, !terminated, 10)));
    buffer.add(List.of(step(1.5, 3, false, false, 0)));
    buffer.add(List.of(step(2.0, 4, false, false, 0)));
    buffer.computeAdvantages(new double[] {3}, GAMMA, LAMBDA);
    return buffer;
  }

  @Test
  void truncatedStepBootstrapsFromTheFinalObservationAndCutsTheRecursion() {
    RolloutBuffer buffer = fourSteps(false);
    double a3 = 4 + 0.9 * 3 - 2.0;                 // 4.7, bootstraps from the next value
    double a2 = 3 + 0.9 * 2.0 - 1.5 + 0.45 * a3;    // 5.415
    double a1 = 2 + 0.9 * 10 - 1.0;                 // 10, V(final observation), no recursion
    double a0 = 1 + 0.9 * 1.0 - 0.5 + 0.45 * a1;    // 5.9
    assertThat(buffer.advantage(3)).isCloseTo(a3, within(1e-9));
    assertThat(buffer.advantage(2)).isCloseTo(5.415, within(1e-9)).isCloseTo(a2, within(1e-9));
    assertThat(buffer.advantage(1)).isCloseTo(a1, within(1e-9));
    assertThat(buffer.advantage(0)).isCloseTo(5.9, within(1e-9)).isCloseTo(a0, within(1e-9));
    assertThat(buffer.returnOf(0)).isCloseTo(5.9 + 0.5, within(1e-9));
  }

  @Test
  void terminatedStepDoesNotBootstrap() {
    RolloutBuffer buffer = fourSteps(true);
    assertThat(buffer.advantage(1)).isCloseTo(2 - 1.0, within(1e-9));
    assertThat(buffer.advantage(0)).isCloseTo(1.4 + 0.45 * 1.0, within(1e-9));
    assertThat(buffer.advantage(2)).isCloseTo(5.415, within(1e-9));
  }

  @Test
  void lambdaOneAndNoValuesGiveDiscountedMonteCarloReturnsPerEnvironment() {
    RolloutBuffer buffer = new RolloutBuffer(3, 2, 1, 1);
    buffer.add(List.of(step(0, 1, false, false, 0), step(0, 10, false, false, 0)));
    buffer.add(List.of(step(0, 1, true, false, 0), step(0, 20, false, false, 0)));
    buffer.add(List.of(step(0, 1, false, false, 0), step(0, 30, false, false, 0)));
    buffer.computeAdvantages(new double[] {100, 1000}, 0.5, 1.0);
    // Env 0 (even indices): the episode ends at t = 1; t = 2 bootstraps from 100.
    assertThat(buffer.returnOf(0)).isCloseTo(1 + 0.5 * 1, within(1e-9));
    assertThat(buffer.returnOf(2)).isCloseTo(1, within(1e-9));
    assertThat(buffer.returnOf(4)).isCloseTo(1 + 0.5 * 100, within(1e-9));
    // Env 1 (odd indices) never ends.
    assertThat(buffer.returnOf(1)).isCloseTo(10 + 0.5 * 20 + 0.25 * 30 + 0.125 * 1000, within(1e-9));
  }

  @Test
  void aSavedPartialRolloutLoadsAndFinishesAsTheOriginal() throws IOException {
    RolloutBuffer original = new RolloutBuffer(4, 1, 1, 1);
    original.add(List.of(step(0.5, 1, false, false, 0)));
    original.add(List.of(step(1.0, 2, false, true, 10)));
    original.save(dir.resolve("rollout.bin"));
    RolloutBuffer loaded = new RolloutBuffer(4, 1, 1, 1);
    loaded.load(dir.resolve("rollout.bin"));
    assertThat(loaded.size()).isEqualTo(2);
    for (RolloutBuffer buffer : List.of(original, loaded)) {
      buffer.add(List.of(step(1.5, 3, false, false, 0)));
      buffer.add(List.of(step(2.0, 4, false, false, 0)));
      buffer.computeAdvantages(new double[] {3}, GAMMA, LAMBDA);
    }
    for (int i = 0; i < 4; i++) {
      assertThat(loaded.advantage(i)).isEqualTo(original.advantage(i));
      assertThat(loaded.action(i)).isEqualTo(original.action(i));
      assertThat(loaded.logProb(i)).isEqualTo(original.logProb(i));
    }
    float[] observation = new float[1];
    loaded.observation(3, observation, 0);
    assertThat(observation).containsExactly(4f);
  }

  @Test
  void aBufferOfAnotherShapeOrACorruptFileIsRejectedNamingTheFile() throws IOException {
    Path file = dir.resolve("rollout.bin");
    new RolloutBuffer(4, 1, 1, 1).save(file);
    assertThatThrownBy(() -> new RolloutBuffer(4, 2, 1, 1).load(file))
        .isInstanceOf(IOException.class).hasMessageContaining("rollout.bin").hasMessageContaining("mismatch");
    Files.write(file, new byte[] {1, 2, 3});
    assertThatThrownBy(() -> new RolloutBuffer(4, 1, 1, 1).load(file))
        .isInstanceOf(IOException.class).hasMessageContaining("rollout.bin");
  }

  @Test
  void misuseFailsWithAMessage() {
    RolloutBuffer buffer = new RolloutBuffer(1, 2, 1, 1);
    assertThatThrownBy(() -> buffer.add(List.of(step(0, 0, false, false, 0))))
        .hasMessageContaining("one step per environment (2)");
    assertThatThrownBy(() -> buffer.computeAdvantages(new double[2], 0.9, 0.9)).hasMessageContaining("full rollout");
    assertThatThrownBy(() -> step(0, 0, false, true, Double.NaN)).hasMessageContaining("finite final value");
  }
}
