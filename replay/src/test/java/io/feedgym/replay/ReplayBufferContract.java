package io.feedgym.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.feedgym.replay.file.ReplayFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The behaviour every {@link ReplayBuffer} must have: a buffer's test extends this class and says how to
 * build one of a given capacity and how to make the i-th of a run of distinct items (and read i back).
 * Items are added in order, so consecutive items may form one episode.
 *
 * @param <T> the stored item
 */
public abstract class ReplayBufferContract<T> {
  @TempDir
  protected Path dir;

  /** A new, empty buffer of {@code capacity} items. */
  protected abstract ReplayBuffer<T> newBuffer(int capacity);

  /** The {@code id}-th item, {@code id >= 0}. */
  protected abstract T item(int id);

  /** The id of an item made by {@link #item}, also after it went through the buffer. */
  protected abstract int id(T item);

  /** Whether the buffer can be saved; buffers that cannot must throw {@link UnsupportedOperationException}. */
  protected boolean saves() {
    return true;
  }

  private ReplayBuffer<T> filled(int capacity, int count) {
    ReplayBuffer<T> buffer = newBuffer(capacity);
    for (int i = 0; i < count; i++) {
      buffer.add(item(i));
    }
    return buffer;
  }

  private List<Integer> ids(Batch<T> batch) {
    return batch.items().stream().map(this::id).toList();
  }

  @Test
  void sizeGrowsUpToCapacity() {
    ReplayBuffer<T> buffer = newBuffer(3);
    assertThat(buffer.size()).isZero();
    for (int i = 0; i < 5; i++) {
      buffer.add(item(i));
      assertThat(buffer.size()).isEqualTo(Math.min(i + 1, 3));
    }
    assertThat(buffer.capacity()).isEqualTo(3);
  }

  @Test
  void oldestItemsAreEvicted() {
    ReplayBuffer<T> buffer = filled(3, 5);
    SplittableRandom random = new SplittableRandom(1);
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      seen.addAll(ids(buffer.sampleBatch(3, random)));
    }
    assertThat(seen).containsExactlyInAnyOrder(2, 3, 4);
  }

  @Test
  void sameSeedSameBatch() {
    ReplayBuffer<T> a = filled(50, 60);
    ReplayBuffer<T> b = filled(50, 60);
    Batch<T> first = a.sampleBatch(32, new SplittableRandom(7));
    Batch<T> second = b.sampleBatch(32, new SplittableRandom(7));
    assertThat(ids(second)).isEqualTo(ids(first));
    assertThat(second.indices()).isEqualTo(first.indices());
    assertThat(second.weights()).isEqualTo(first.weights());
    assertThat(first.items()).hasSize(32);
    assertThat(a.sample(32, new SplittableRandom(7)).stream().map(this::id).toList())
        .isEqualTo(ids(b.sampleBatch(32, new SplittableRandom(7))));
  }

  @Test
  void samplingCoversTheBuffer() {
    ReplayBuffer<T> buffer = filled(10, 10);
    SplittableRandom random = new SplittableRandom(3);
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < 100; i++) {
      seen.addAll(ids(buffer.sampleBatch(10, random)));
    }
    assertThat(seen).hasSize(10);
  }

  @Test
  void indicesNameStoredSlotsAndWeightsAreAtMostOne() {
    ReplayBuffer<T> buffer = filled(8, 13);
    Map<Integer, Integer> idOfIndex = new HashMap<>();
    SplittableRandom random = new SplittableRandom(5);
    for (int round = 0; round < 20; round++) {
      Batch<T> batch = buffer.sampleBatch(6, random);
      for (int i = 0; i < 6; i++) {
        int id = id(batch.items().get(i));
        assertThat(batch.indices().get(i)).isBetween(0, 7);
        Integer earlier = idOfIndex.put(batch.indices().get(i), id);
        assertThat(earlier == null ? id : earlier).as("the item at one index").isEqualTo(id);
        assertThat(batch.weights().get(i)).isGreaterThan(0).isLessThanOrEqualTo(1);
      }
      assertThat(batch.weights().stream().max().orElseThrow()).isEqualTo(1.0);
    }
    assertThat(new HashSet<>(idOfIndex.values())).allMatch(id -> id >= 5 && id < 13);
  }

  @Test
  void badArgumentsAreRejected() {
    ReplayBuffer<T> buffer = newBuffer(4);
    assertThatThrownBy(() -> buffer.sampleBatch(1, new SplittableRandom(0)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("empty");
    buffer.add(item(0));
    buffer.add(item(1));
    assertThatThrownBy(() -> buffer.sampleBatch(0, new SplittableRandom(0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("batch_size must be positive, found 0");
    assertThatThrownBy(() -> buffer.sampleBatch(3, new SplittableRandom(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("batch_size must be at most the buffer's size 2, found 3");
    assertThatThrownBy(() -> buffer.add(null)).isInstanceOf(IllegalArgumentException.class);
    assertThat(buffer.size()).isEqualTo(2);
    assertThatThrownBy(() -> newBuffer(0)).hasMessage("buffer_size must be positive, found 0");
  }

  @Test
  void saveAndLoadRestoreContentsAndSampling() throws IOException {
    assumeTrue(saves());
    ReplayBuffer<T> original = filled(5, 7);
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 3; i++) {
      original.sampleBatch(4, random);
    }
    Path file = dir.resolve("replay.bin");
    original.save(file);
    ReplayBuffer<T> loaded = filled(5, 2);
    loaded.load(file);
    assertThat(loaded.size()).isEqualTo(5);
    assertSameBatches(original, loaded);
    original.add(item(7));
    loaded.add(item(7));
    assertSameBatches(original, loaded);
    assertThat(dir.toFile().list()).containsExactly("replay.bin");
  }

  private void assertSameBatches(ReplayBuffer<T> a, ReplayBuffer<T> b) {
    for (long seed = 0; seed < 3; seed++) {
      Batch<T> expected = a.sampleBatch(5, new SplittableRandom(seed));
      Batch<T> actual = b.sampleBatch(5, new SplittableRandom(seed));
      assertThat(ids(actual)).isEqualTo(ids(expected));
      assertThat(actual.indices()).isEqualTo(expected.indices());
      assertThat(actual.weights()).isEqualTo(expected.weights());
    }
  }

  @Test
  void corruptTruncatedAndIncompatibleFilesFailAndLeaveTheBufferAlone() throws IOException {
    assumeTrue(saves());
    Path file = dir.resolve("replay.bin");
    filled(6, 9).save(file);
    byte[] bytes = Files.readAllBytes(file);
    ReplayBuffer<T> buffer = filled(6, 2);

    bytes[bytes.length / 2] ^= 0x10;
    Files.write(file, bytes);
    assertThatThrownBy(() -> buffer.load(file)).isInstanceOf(ReplayFileException.class)
        .hasMessageStartingWith(file + ": checksum mismatch");
    bytes[bytes.length / 2] ^= 0x10;

    Files.write(file, Arrays.copyOf(bytes, bytes.length - 9));
    assertThatThrownBy(() -> buffer.load(file)).isInstanceOf(ReplayFileException.class)
        .hasMessageStartingWith(file + ": truncated");

    Files.write(file, bytes);
    assertThatThrownBy(() -> newBuffer(7).load(file)).isInstanceOf(ReplayFileException.class)
        .hasMessageStartingWith(file + ": capacity mismatch");
    assertThat(buffer.size()).isEqualTo(2);
    buffer.load(file);
    assertThat(buffer.size()).isEqualTo(6);
  }

  @Test
  void buffersThatCannotBeSavedSaySo() {
    assumeFalse(saves());
    ReplayBuffer<T> buffer = filled(3, 2);
    assertThatThrownBy(() -> buffer.save(dir.resolve("replay.bin")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(dir.resolve("replay.bin")).doesNotExist();
  }
}
