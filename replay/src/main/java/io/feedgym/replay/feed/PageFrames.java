package io.feedgym.replay.feed;

import io.feedgym.env.feed.FeedObservationSpace;
import io.feedgym.replay.file.ReplayReader;
import io.feedgym.replay.file.ReplayWriter;
import java.io.IOException;
import java.util.Arrays;

/**
 * The stored pages in the order they were appended, each addressed by a sequence number; pages older
 * than the oldest one still referenced are released. A ring of {@code slots} references, so at most that
 * many pages are live.
 */
final class PageFrames {
  private final PageFrame[] ring;
  private long first;
  private long end;

  PageFrames(int slots) {
    this.ring = new PageFrame[slots];
  }

  /** Appends {@code frame} and returns its sequence number. */
  long append(PageFrame frame) {
    if (end - first == ring.length) {
      throw new IllegalStateException("all " + ring.length + " page slots hold live pages");
    }
    ring[slot(end)] = frame;
    return end++;
  }

  PageFrame get(long sequence) {
    if (sequence < first || sequence >= end) {
      throw new IndexOutOfBoundsException("page " + sequence + " outside the live pages [" + first + ", " + end + ")");
    }
    return ring[slot(sequence)];
  }

  /** Sequence number of the next page appended; {@code end() − 1} is the newest page. */
  long end() {
    return end;
  }

  /** Number of live pages. */
  long live() {
    return end - first;
  }

  /** Releases every page before {@code sequence}. */
  void releaseBefore(long sequence) {
    for (; first < sequence; first++) {
      ring[slot(first)] = null;
    }
  }

  void write(ReplayWriter out) throws IOException {
    out.writeLong(first);
    out.writeLong(end);
    for (long s = first; s < end; s++) {
      ring[slot(s)].columns(out);
    }
  }

  void read(ReplayReader in, FeedObservationSpace space) throws IOException {
    long readFirst = in.readLong("first_page", 0, Long.MAX_VALUE);
    long readEnd = in.readLong("end_page", readFirst, readFirst + ring.length);
    Arrays.fill(ring, null);
    first = readFirst;
    end = readEnd;
    for (long s = first; s < end; s++) {
      PageFrame frame = PageFrame.empty(space);
      frame.columns(in);
      ring[slot(s)] = frame;
    }
  }

  private int slot(long sequence) {
    return (int) (sequence % ring.length);
  }
}
