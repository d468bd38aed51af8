package io.feedgym.offline.read;

import com.google.common.collect.ImmutableMap;
import io.feedgym.offline.LogFormatException;
import io.feedgym.offline.LoggedSession;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Validates the rows of a {@link RowCursor} and assembles them into sessions, delivering each as soon as its
 * last row has been read: the checks and the lenient policy of {@link LogReader}, for any source of rows.
 * Strict reading fails at the first bad row with a {@link LogFormatException}; lenient reading drops the
 * sessions holding bad rows and counts every dropped row in the {@link ReadReport}. A jump in the cursor's row
 * numbers stands for rows of other sessions (a distributed reader hands each worker a subset of the sessions):
 * the open session ends there, as the intervening rows would end it. Sessions can be pushed to a consumer
 * ({@link #read}) or pulled one at a time ({@link #open}, {@link #next}). Not thread-safe.
 */
public final class SessionStream {

  /**
   * Told of every bad row that lenient reading finds, with its place in the order in which one sequential read
   * of the whole file finds errors: {@code 3·r} for a value of row r, {@code 3·r + 1} for a session that ends at
   * row r, {@code 3·r + 2} for row r's order or consistency with its page and session. A distributed reader
   * picks the smallest to report the error that a strict sequential read would have stopped at.
   */
  @FunctionalInterface
  public interface ErrorListener {
    void found(LogFormatException error, long order);
  }

  private final SessionAssembler sessions;
  private final ArrayDeque<LoggedSession> ready = new ArrayDeque<>();
  private final RowCursor cursor;
  private final RowParser parser;
  private final LogRow row = new LogRow();
  private long n;
  private long previous;
  private boolean ended;
  private final boolean lenient;
  private final ErrorListener listener;
  private final Map<String, Long> skipped = new LinkedHashMap<>();
  private final Map<String, String> first = new LinkedHashMap<>();
  private long skippedSessions;
  private long acceptedRows;
  private long acceptedSessions;
  private long acceptedPages;
  private boolean poisoned;
  private long poisonedSession;

  private SessionStream(String file, RowCursor cursor, boolean lenient, ErrorListener listener) {
    this.cursor = cursor;
    this.lenient = lenient;
    this.listener = listener;
    this.parser = new RowParser(file, cursor);
    sessions = new SessionAssembler(file, session -> {
      acceptedSessions++;
      acceptedPages += session.pages().size();
      acceptedRows += session.rows();
      ready.add(session);
    });
  }

  /** Reads every row of {@code cursor}, rows of {@code file}, passing each valid session to {@code sink}. */
  public static ReadReport read(String file, RowCursor cursor, boolean lenient, Consumer<LoggedSession> sink) {
    SessionStream stream = new SessionStream(file, cursor, lenient, (e, order) -> { });
    for (LoggedSession s = stream.next(); s != null; s = stream.next()) {
      sink.accept(s);
    }
    return stream.report();
  }

  /**
   * A lenient stream over {@code cursor}, rows of {@code file}, that tells {@code listener} of every bad row with
   * its sequential order; a missing required column fails here, at the header.
   */
  public static SessionStream open(String file, RowCursor cursor, ErrorListener listener) {
    return new SessionStream(file, cursor, true, listener);
  }

  /** The next valid session, reading as many rows as it takes; null when the rows are exhausted. */
  public LoggedSession next() {
    while (ready.isEmpty() && !ended) {
      step();
    }
    return ready.poll();
  }

  private void step() {
    if (!cursor.next()) {
      closeSession(previous + 1);
      ended = true;
      return;
    }
    n++;
    long r = cursor.row();
    if (n > 1 && r != previous + 1) {
      poisoned = false;
      closeSession(previous + 1);
    }
    previous = r;
    try {
      parser.parse(r, row);
    } catch (LogFormatException e) {
      badRow(e, parser.sessionIdParsed() ? row.sessionId : null);
      return;
    }
    add(row);
  }

  /** A row that failed to parse; {@code sessionId} is null when even its session id is unreadable. */
  private void badRow(LogFormatException e, Long sessionId) {
    fail(e, 3 * e.row());
    if (sessionId == null) {
      if (sessions.isOpen()) {
        poison(sessions.sessionId(), e.row());
      }
      return;
    }
    if (!(poisoned && sessionId == poisonedSession)) {
      if (sessions.startsNewSession(sessionId)) {
        closeSession(e.row());
      }
      poison(sessionId, e.row());
    }
  }

  /**
   * The assembler with the lenient policy around it: a bad row drops its whole session (its pages chain s
   * to s′, so a hole would corrupt the transitions around it), counting the bad row by its kind and the
   * session's other rows as {@link ReadReport#SAME_SESSION}. In strict mode every error propagates.
   */
  private void add(LogRow row) {
    if (poisoned && row.sessionId == poisonedSession) {
      count(ReadReport.SAME_SESSION, 1);
      return;
    }
    poisoned = false;
    if (sessions.startsNewSession(row.sessionId)) {
      closeSession(row.row);
    }
    try {
      sessions.add(row);
    } catch (LogFormatException e) {
      fail(e, 3 * row.row + 2);
      if (e.row() != row.row) {
        count(ReadReport.SAME_SESSION, 1);
      }
      poison(row.sessionId, e.row());
    }
  }

  /** Ends the open session, if any, at row {@code at} (the first row after it). */
  private void closeSession(long at) {
    try {
      sessions.finishSession();
    } catch (LogFormatException e) {
      fail(e, 3 * at + 1);
      count(ReadReport.SAME_SESSION, sessions.abandon(e.row()));
      skippedSessions++;
    }
  }

  /** Counts {@code e}, or throws it when reading strictly. */
  private void fail(LogFormatException e, long order) {
    if (!lenient) {
      throw e;
    }
    listener.found(e, order);
    count(e.kind().id(), 1);
    first.putIfAbsent(e.kind().id(), e.getMessage());
  }

  /** Drops session {@code id} (the open one or a new one) and every later row of it. */
  private void poison(long id, long errorRow) {
    if (sessions.isOpen() && sessions.sessionId() == id) {
      count(ReadReport.SAME_SESSION, sessions.abandon(errorRow));
    }
    sessions.markSeen(id);
    skippedSessions++;
    poisoned = true;
    poisonedSession = id;
  }

  private void count(String reason, long rows) {
    if (rows > 0) {
      skipped.merge(reason, rows, Long::sum);
    }
  }

  /** What has been read so far: rows, sessions delivered, and skipped rows by reason. */
  public ReadReport report() {
    return new ReadReport(n, acceptedRows, acceptedSessions, acceptedPages, skippedSessions,
        ImmutableMap.copyOf(skipped), ImmutableMap.copyOf(first));
  }
}
