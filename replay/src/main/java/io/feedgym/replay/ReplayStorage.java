package io.feedgym.replay;

import com.google.common.primitives.ImmutableIntArray;
import io.feedgym.replay.file.ReplayReader;
import io.feedgym.replay.file.ReplayWriter;
import java.io.IOException;

/**
 * Where a {@link ReplayBuffer} keeps its items: a ring of {@link #capacity()} slots filled in order,
 * the k-th item ever stored (from 0) in slot {@code k mod capacity}, so the stored items occupy slots
 * {@code [0, size)}. Not thread-safe.
 *
 * @param <T> the stored item
 */
public interface ReplayStorage<T> {

  /** Stores {@code item} (or, for a transforming storage, what it turns into: none or several items). */
  void add(T item);

  /** The item in {@code slot}, which must be in {@code [0, size)}. */
  T get(int slot);

  /** Number of items stored since the storage was created or loaded, evicted ones included. */
  long added();

  /** Number of slots. */
  int capacity();

  /** Number of items currently stored. */
  default int size() {
    return (int) Math.min(added(), capacity());
  }

  /** The slot of the oldest stored item. */
  default int oldestSlot() {
    return added() < capacity() ? 0 : (int) (added() % capacity());
  }

  /** The storage's kind in replay files, such as {@code vector}. */
  String kind();

  /** The dimensions a replay file must match to load into this storage. */
  ImmutableIntArray shape();

  /** Writes the stored items and the write position. */
  void write(ReplayWriter out) throws IOException;

  /** Replaces the content with what {@link #write} wrote. */
  void read(ReplayReader in) throws IOException;

  /** Checks a storage capacity, named {@code buffer_size} as in the agents' configs. */
  static void checkCapacity(int capacity) {
    if (capacity <= 0) {
      throw new IllegalArgumentException("buffer_size must be positive, found " + capacity);
    }
  }
}
