package io.feedgym.replay;

import com.google.common.primitives.ImmutableIntArray;
import io.feedgym.replay.file.ReplayReader;
import io.feedgym.replay.file.ReplayWriter;
import java.util.Objects;

/**
 * A ring of object references: any item type, stored without copying (the replay memory of Mnih et al.
 * 2015). It cannot be saved, since its items are arbitrary objects; use {@link VectorStorage} or
 * {@code FeedStorage} for buffers that must be checkpointed.
 */
public final class ObjectStorage<T> implements ReplayStorage<T> {
  private final Object[] items;
  private long added;

  /** A storage of {@code capacity} slots; capacity must be positive. */
  public ObjectStorage(int capacity) {
    ReplayStorage.checkCapacity(capacity);
    this.items = new Object[capacity];
  }

  @Override
  public void add(T item) {
    if (item == null) {
      throw new IllegalArgumentException("replay item must not be null");
    }
    items[(int) (added % items.length)] = item;
    added++;
  }

  @Override
  public T get(int slot) {
    @SuppressWarnings("unchecked")
    T item = (T) items[Objects.checkIndex(slot, size())];
    return item;
  }

  @Override
  public long added() {
    return added;
  }

  @Override
  public int capacity() {
    return items.length;
  }

  @Override
  public String kind() {
    return "objects";
  }

  @Override
  public ImmutableIntArray shape() {
    return ImmutableIntArray.of();
  }

  @Override
  public void write(ReplayWriter out) {
    throw unsaveable();
  }

  @Override
  public void read(ReplayReader in) {
    throw unsaveable();
  }

  private static UnsupportedOperationException unsaveable() {
    return new UnsupportedOperationException(
        "an ObjectStorage holds arbitrary objects and cannot be saved or loaded; use a VectorStorage or a FeedStorage");
  }
}
