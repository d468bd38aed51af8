package io.feedgym.replay;

import io.feedgym.replay.file.Columns;
import io.feedgym.replay.file.ReplayReader;
import io.feedgym.replay.file.ReplayWriter;
import java.io.IOException;

/**
 * A ring of primitive columns: counts the transitions added, picks the slot the next one overwrites and
 * saves the count followed by the filled part of every column. Subclasses own the columns.
 *
 * @param <T> the transition type
 */
abstract class ColumnStorage<T> implements ReplayStorage<T> {
  private long added;

  /** The slot the next transition is written to; call {@link #advance()} once it is written. */
  final int nextSlot() {
    return (int) (added % capacity());
  }

  /** Counts the transition just written into {@link #nextSlot()}. */
  final void advance() {
    added++;
  }

  @Override
  public final long added() {
    return added;
  }

  @Override
  public final void write(ReplayWriter out) throws IOException {
    out.writeLong(added);
    columns(out);
  }

  @Override
  public final void read(ReplayReader in) throws IOException {
    added = in.readLong("added", 0, Long.MAX_VALUE);
    columns(in);
  }

  /** Writes or reads the first {@link #size()} entries of every column, in a fixed order. */
  abstract void columns(Columns io) throws IOException;
}
