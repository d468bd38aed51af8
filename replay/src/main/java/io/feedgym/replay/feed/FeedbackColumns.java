package io.feedgym.replay.feed;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableIntArray;
import io.feedgym.env.feedback.Feedback;
import io.feedgym.env.feedback.PositionFeedback;
import io.feedgym.replay.file.Columns;
import java.io.IOException;

/**
 * The {@link Feedback} of each slot in primitive columns, exactly: per page the page index, whether the
 * user left and the return gap; per position the catalog item, topic, price, dwell and the examined,
 * clicked, purchased and novel flags. The candidate of each position is the slate's, stored beside.
 */
final class FeedbackColumns {
  private static final int EXAMINED = 1;
  private static final int CLICKED = 2;
  private static final int PURCHASED = 4;
  private static final int NOVEL = 8;

  private final int slateSize;
  private final int[] pages;
  private final byte[] left;
  private final double[] returnGaps;
  private final long[] itemIds;
  private final int[] topics;
  private final double[] prices;
  private final double[] dwells;
  private final byte[] flags;

  FeedbackColumns(int capacity, int slateSize) {
    this.slateSize = slateSize;
    this.pages = new int[capacity];
    this.left = new byte[capacity];
    this.returnGaps = new double[capacity];
    this.itemIds = new long[capacity * slateSize];
    this.topics = new int[capacity * slateSize];
    this.prices = new double[capacity * slateSize];
    this.dwells = new double[capacity * slateSize];
    this.flags = new byte[capacity * slateSize];
  }

  void put(int slot, Feedback feedback) {
    pages[slot] = feedback.page();
    left[slot] = (byte) (feedback.left() ? 1 : 0);
    returnGaps[slot] = feedback.returnGap();
    for (int position = 0; position < slateSize; position++) {
      PositionFeedback p = feedback.positions().get(position);
      int i = slot * slateSize + position;
      itemIds[i] = p.itemId();
      topics[i] = p.topic();
      prices[i] = p.price();
      dwells[i] = p.dwell();
      flags[i] = (byte) ((p.examined() ? EXAMINED : 0) | (p.clicked() ? CLICKED : 0)
          | (p.purchased() ? PURCHASED : 0) | (p.novel() ? NOVEL : 0));
    }
  }

  Feedback get(int slot, ImmutableIntArray slate) {
    PositionFeedback[] positions = new PositionFeedback[slateSize];
    for (int position = 0; position < slateSize; position++) {
      int i = slot * slateSize + position;
      positions[position] = new PositionFeedback(position, slate.get(position), itemIds[i], topics[i], prices[i],
          (flags[i] & EXAMINED) != 0, (flags[i] & CLICKED) != 0, (flags[i] & PURCHASED) != 0, dwells[i],
          (flags[i] & NOVEL) != 0);
    }
    return new Feedback(pages[slot], ImmutableList.copyOf(positions), left[slot] != 0, returnGaps[slot]);
  }

  /** Heap bytes per slot: 13 per page and 29 per position. */
  long bytesPerSlot() {
    return Integer.BYTES + 1 + Double.BYTES + slateSize * (Long.BYTES + Integer.BYTES + 2L * Double.BYTES + 1);
  }

  /** Writes or reads the first {@code count} slots. */
  void columns(Columns io, int count) throws IOException {
    int positions = count * slateSize;
    io.ints(pages, 0, count);
    io.bytes(left, 0, count);
    io.doubles(returnGaps, 0, count);
    io.longs(itemIds, 0, positions);
    io.ints(topics, 0, positions);
    io.doubles(prices, 0, positions);
    io.doubles(dwells, 0, positions);
    io.bytes(flags, 0, positions);
  }
}
