package io.feedgym.spark.read;

import com.google.common.collect.Iterators;
import com.google.common.collect.PeekingIterator;
import io.feedgym.offline.LoggedSession;
import io.feedgym.offline.read.SessionStream;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * The valid sessions of one partition of a {@link LogInput}, pulled one at a time through the offline module's
 * {@link SessionStream} (one per file), with the partition's {@link ReadTally} once they are exhausted. Each
 * session comes with its file index. Not thread-safe.
 */
public final class PartitionSessions implements Iterator<PartitionSessions.Located> {
  private final PeekingIterator<Row> rows;
  private final List<String> files;
  private final StructType schema;
  private final ReadTally tally = new ReadTally();
  private SessionStream stream;
  private int file;
  private LoggedSession pending;

  /** A session and the index of its file. */
  public record Located(int file, LoggedSession session) {}

  public PartitionSessions(Iterator<Row> rows, List<String> files, StructType schema) {
    this.rows = Iterators.peekingIterator(rows);
    this.files = files;
    this.schema = schema;
  }

  @Override
  public boolean hasNext() {
    while (pending == null) {
      if (stream != null) {
        pending = stream.next();
        if (pending != null) {
          break;
        }
        tally.add(stream.report());
        stream = null;
      }
      if (!rows.hasNext()) {
        return false;
      }
      file = rows.peek().getInt(0);
      int f = file;
      stream = SessionStream.open(files.get(f), new SparkRowCursor(rows, f, schema),
          (error, order) -> tally.found(f, error, order));
    }
    return true;
  }

  @Override
  public Located next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Located out = new Located(file, pending);
    pending = null;
    return out;
  }

  /** The counts of the rows read so far: complete once {@link #hasNext()} has returned false. */
  public ReadTally tally() {
    return tally;
  }
}
