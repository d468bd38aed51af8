package io.feedgym.replay.feed;

import com.google.common.primitives.ImmutableIntArray;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feed.FeedObservationSpace;
import io.feedgym.env.spaces.Slate;
import io.feedgym.replay.FloatEncoding;
import io.feedgym.replay.ReplayStorage;
import io.feedgym.replay.file.Columns;
import io.feedgym.replay.file.ReplayReader;
import io.feedgym.replay.file.ReplayWriter;
import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;

/**
 * Feed transitions in primitive columns with each page stored once: within an episode s′ of step t is
 * s of step t+1 (recognised by identity or equal content), so a transition adds one page, two when it
 * starts an episode, and an episode's final page is its last transition's s′. Pages are kept as float
 * ({@link FloatEncoding}); slates, rewards, flags and feedback exactly. With feed-v0's defaults a page
 * takes 7.1 kB and a transition about 8.0 kB, half of what the environment's observations take as
 * objects. Not thread-safe.
 */
public final class FeedStorage implements ReplayStorage<FeedTransition> {
  private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;
  private static final byte TERMINATED = 1;
  private static final byte TRUNCATED = 2;

  private final FeedObservationSpace space;
  private final int slateSize;
  private final PageFrames pages;
  private final long[] pageOf;
  private final int[] slates;
  private final double[] rewards;
  private final byte[] flags;
  private final FeedbackColumns feedback;
  private FeedObservation lastNext;
  private boolean open;
  private long added;

  /** A storage of {@code capacity} transitions between pages of {@code space}, with slates from {@code slates}. */
  public FeedStorage(int capacity, FeedObservationSpace space, Slate slates) {
    ReplayStorage.checkCapacity(capacity);
    if (slates.n() != space.numCandidates()) {
      throw new IllegalArgumentException("slates must choose among the " + space.numCandidates()
          + " candidates of a page, found " + slates);
    }
    if ((long) capacity * Math.max(2, slates.k()) + 2 > MAX_ARRAY) {
      throw new IllegalArgumentException("buffer_size must be at most " + (MAX_ARRAY - 2) / Math.max(2, slates.k())
          + " for slates of " + slates.k() + ", found " + capacity);
    }
    this.space = space;
    this.slateSize = slates.k();
    this.pages = new PageFrames(2 * capacity + 2);
    this.pageOf = new long[capacity];
    this.slates = new int[capacity * slateSize];
    this.rewards = new double[capacity];
    this.flags = new byte[capacity];
    this.feedback = new FeedbackColumns(capacity, slateSize);
  }

  @Override
  public void add(FeedTransition t) {
    if (t == null) {
      throw new IllegalArgumentException("replay item must not be null");
    }
    if (t.slate().length() != slateSize) {
      throw new IllegalArgumentException("slate must hold " + slateSize + " candidates, found " + t.slate().length());
    }
    PageFrame current = null;
    boolean linked = open && t.observation() == lastNext;
    if (!linked) {
      current = PageFrame.of(t.observation(), space, "observation");
      linked = open && current.sameContent(pages.get(pages.end() - 1));
    }
    PageFrame next = PageFrame.of(t.nextObservation(), space, "next_observation");
    int slot = (int) (added % capacity());
    pageOf[slot] = linked ? pages.end() - 1 : pages.append(current);
    pages.append(next);
    System.arraycopy(t.slate().toArray(), 0, slates, slot * slateSize, slateSize);
    rewards[slot] = t.reward();
    flags[slot] = (byte) ((t.terminated() ? TERMINATED : 0) | (t.truncated() ? TRUNCATED : 0));
    feedback.put(slot, t.feedback());
    added++;
    lastNext = t.nextObservation();
    open = !t.done();
    pages.releaseBefore(pageOf[oldestSlot()]);
  }

  /** The transition in {@code slot}, with fresh pages. */
  @Override
  public FeedTransition get(int slot) {
    Objects.checkIndex(slot, size());
    long page = pageOf[slot];
    ImmutableIntArray slate =
        ImmutableIntArray.copyOf(Arrays.copyOfRange(slates, slot * slateSize, (slot + 1) * slateSize));
    return new FeedTransition(pages.get(page).observation(space), slate, rewards[slot],
        pages.get(page + 1).observation(space), (flags[slot] & TERMINATED) != 0, (flags[slot] & TRUNCATED) != 0,
        feedback.get(slot, slate));
  }

  /** Number of pages held for the stored transitions: one per transition plus one per episode start. */
  public long storedPages() {
    return pages.live();
  }

  /** An estimate of the heap held: the per-slot columns, allocated up front, and the stored pages. */
  public long estimatedBytes() {
    // Two page-ring references, the page number, the slate, the reward, the flags and the feedback.
    long perSlot = 2L * Integer.BYTES + Long.BYTES + (long) slateSize * Integer.BYTES + Double.BYTES + 1
        + feedback.bytesPerSlot();
    return capacity() * perSlot + storedPages() * PageFrame.bytes(space);
  }

  @Override
  public long added() {
    return added;
  }

  @Override
  public int capacity() {
    return pageOf.length;
  }

  @Override
  public String kind() {
    return "feed";
  }

  /** User features, context entries, candidates, features per candidate and slate size. */
  @Override
  public ImmutableIntArray shape() {
    return ImmutableIntArray.of(space.userDim(), space.contextDim(), space.numCandidates(), space.numFeatures(),
        slateSize);
  }

  @Override
  public void write(ReplayWriter out) throws IOException {
    out.writeLong(added);
    pages.write(out);
    columns(out);
  }

  /** Replaces the content; the next transition added is linked to the newest by content, not identity. */
  @Override
  public void read(ReplayReader in) throws IOException {
    added = in.readLong("added", 0, Long.MAX_VALUE);
    pages.read(in, space);
    columns(in);
    lastNext = null;
    open = added > 0 && (flags[(int) ((added - 1) % capacity())] & (TERMINATED | TRUNCATED)) == 0;
  }

  private void columns(Columns io) throws IOException {
    int n = size();
    io.longs(pageOf, 0, n);
    io.ints(slates, 0, n * slateSize);
    io.doubles(rewards, 0, n);
    io.bytes(flags, 0, n);
    feedback.columns(io, n);
  }
}
