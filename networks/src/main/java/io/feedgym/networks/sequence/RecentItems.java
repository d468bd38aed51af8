package io.feedgym.networks.sequence;

import java.util.Arrays;

/**
 * The last {@code capacity} items of a session (e.g. the clicked ones), oldest first: the value of a
 * {@link io.feedgym.networks.features.Field.Sequence} field. Not thread-safe.
 */
public final class RecentItems {
  private final int[] ring;
  private int size;
  private int next;

  /** An empty history keeping at most {@code capacity} items. */
  public RecentItems(int capacity) {
    if (capacity <= 0) {
      throw new IllegalArgumentException("capacity must be positive, found " + capacity);
    }
    ring = new int[capacity];
  }

  /** Appends {@code item}, dropping the oldest when full. */
  public void add(int item) {
    if (item < 0) {
      throw new IllegalArgumentException("items are non-negative indices, found " + item);
    }
    ring[next] = item;
    next = (next + 1) % ring.length;
    size = Math.min(size + 1, ring.length);
  }

  /** Forgets every item (a new session). */
  public void clear() {
    size = 0;
    next = 0;
  }

  /** The kept items, oldest first; a new array. */
  public int[] items() {
    int[] out = new int[size];
    int start = (next - size + ring.length) % ring.length;
    for (int i = 0; i < size; i++) {
      out[i] = ring[(start + i) % ring.length];
    }
    return out;
  }

  @Override
  public String toString() {
    return "RecentItems" + Arrays.toString(items());
  }
}
