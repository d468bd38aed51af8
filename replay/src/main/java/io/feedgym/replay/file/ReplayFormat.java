package io.feedgym.replay.file;

import com.google.common.primitives.ImmutableIntArray;
import java.nio.file.Path;

/**
 * What a replay file must match to load into a buffer: the buffer kind (its sampler and storage, such
 * as {@code prioritized/vector}), the capacity and the storage's shape (such as observation length and
 * number of actions).
 *
 * @param kind the buffer kind, non-empty
 * @param capacity maximum number of stored items, positive
 * @param shape the storage's dimensions, each non-negative
 */
public record ReplayFormat(String kind, int capacity, ImmutableIntArray shape) {

  public ReplayFormat {
    if (kind == null || kind.isEmpty()) {
      throw new IllegalArgumentException("kind must be a non-empty name, found " + kind);
    }
    if (capacity <= 0) {
      throw new IllegalArgumentException("capacity must be positive, found " + capacity);
    }
    if (shape.stream().anyMatch(d -> d < 0)) {
      throw new IllegalArgumentException("shape must hold non-negative dimensions, found " + shape);
    }
  }

  /** Throws naming {@code file} and the first field that differs when {@code found} (read from the file) does not match. */
  void requireMatches(ReplayFormat found, Path file) throws ReplayFileException {
    if (!kind.equals(found.kind)) {
      throw new ReplayFileException(file, "kind mismatch: the file holds a " + found.kind + " buffer, this buffer is "
          + kind);
    }
    if (capacity != found.capacity) {
      throw new ReplayFileException(file, "capacity mismatch: the file holds a buffer of capacity " + found.capacity
          + ", this buffer has capacity " + capacity);
    }
    if (!shape.equals(found.shape)) {
      throw new ReplayFileException(file, "shape mismatch: the file's " + kind + " storage has shape " + found.shape
          + ", this buffer's has shape " + shape);
    }
  }
}
