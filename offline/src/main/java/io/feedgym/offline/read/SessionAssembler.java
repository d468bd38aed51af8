package io.feedgym.offline.read;

import com.google.common.collect.ImmutableList;
import io.feedgym.offline.LogFormatException;
import io.feedgym.offline.LogFormatException.Kind;
import io.feedgym.offline.LogSchema;
import io.feedgym.offline.LoggedPage;
import io.feedgym.offline.LoggedSession;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Groups parsed rows into pages and sessions as they stream by, checking the order: a session's rows are
 * contiguous and its id never comes back, pages run 0, 1, 2, … within a session, and one user per session.
 * It holds one session at a time and the ids of the sessions seen. Not thread-safe.
 */
final class SessionAssembler {
  private final String file;
  private final Consumer<LoggedSession> sink;
  private final Set<Long> seenSessions = new HashSet<>();
  private final Set<Long> shownInSession = new HashSet<>();
  private final List<LoggedPage> pages = new ArrayList<>();
  private final PageBuffer page;
  private boolean open;
  private long sessionId;
  private String userId;
  private long sessionFirstRow;
  private long rowsInSession;

  SessionAssembler(String file, Consumer<LoggedSession> sink) {
    this.file = file;
    this.sink = sink;
    this.page = new PageBuffer(file);
  }

  /** True when {@code sessionId} is not the session being assembled. */
  boolean startsNewSession(long id) {
    return !open || id != sessionId;
  }

  /** Whether a session is being assembled, and its id. */
  boolean isOpen() {
    return open;
  }

  long sessionId() {
    return sessionId;
  }

  /** Adds {@code row}; a row of a new session must come after {@link #finishSession()}. */
  void add(LogRow row) {
    if (!open) {
      if (seenSessions.contains(row.sessionId)) {
        throw error(Kind.ORDER, row.row, LogSchema.SESSION_ID, "session " + row.sessionId
            + " appears again after other sessions; a session's rows must be contiguous");
      }
      if (row.page != 0) {
        throw error(Kind.ORDER, row.row, LogSchema.PAGE, "session " + row.sessionId + " starts at page " + row.page
            + "; pages must start at 0");
      }
      open = true;
      sessionId = row.sessionId;
      userId = row.userId;
      sessionFirstRow = row.row;
      seenSessions.add(sessionId);
      page.clear(0);
    } else {
      if (!row.userId.equals(userId)) {
        throw error(Kind.INCONSISTENT, row.row, LogSchema.USER_ID, "session " + sessionId + " belongs to user '"
            + userId + "', this row says '" + row.userId + "'");
      }
      if (row.page != page.page()) {
        checkNextPage(row);
        pages.add(page.build(shownInSession, false));
        page.clear(row.page);
      }
    }
    page.add(row);
    rowsInSession++;
  }

  private void checkNextPage(LogRow row) {
    int current = page.page();
    if (row.page <= current) {
      throw error(Kind.ORDER, row.row, LogSchema.PAGE, "page " + row.page + " of session " + sessionId
          + (row.page == current ? " appears again" : " is duplicated or out of order: it follows page " + current));
    }
    if (row.page > current + 1) {
      throw error(Kind.ORDER, row.row, LogSchema.PAGE, "page " + row.page + " of session " + sessionId + " follows page "
          + current + "; page " + (current + 1) + " is missing");
    }
  }

  /** Completes the open session, if any, and hands it to the sink. */
  void finishSession() {
    if (!open) {
      return;
    }
    pages.add(page.build(shownInSession, true));
    LoggedSession session = new LoggedSession(sessionId, userId, ImmutableList.copyOf(pages));
    reset();
    sink.accept(session);
  }

  /**
   * Drops the open session (lenient reading); returns how many of its rows were buffered, not counting
   * {@code errorRow} when it is one of them.
   */
  long abandon(long errorRow) {
    if (!open) {
      return 0;
    }
    long lastRow = sessionFirstRow + rowsInSession - 1;
    long dropped = rowsInSession - (errorRow >= sessionFirstRow && errorRow <= lastRow ? 1 : 0);
    reset();
    return dropped;
  }

  private void reset() {
    open = false;
    pages.clear();
    shownInSession.clear();
    rowsInSession = 0;
  }

  /** Marks {@code id} as seen, so that rows of it coming back later are reported. */
  void markSeen(long id) {
    seenSessions.add(id);
  }

  private LogFormatException error(Kind kind, long row, String column, String problem) {
    return new LogFormatException(kind, file, row, column, problem);
  }
}
