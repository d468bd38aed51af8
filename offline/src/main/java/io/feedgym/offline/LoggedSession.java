package io.feedgym.offline;

import com.google.common.collect.ImmutableList;
import java.util.Objects;

/**
 * One logged session: its pages in order, from page 0; the user left or the log stops after the last one.
 *
 * @param sessionId the session id
 * @param userId the user id
 * @param pages the pages, at least one, page {@code i} at index {@code i}
 */
public record LoggedSession(long sessionId, String userId, ImmutableList<LoggedPage> pages) {

  public LoggedSession {
    Objects.requireNonNull(userId, "userId");
    pages = ImmutableList.copyOf(pages);
    if (pages.isEmpty()) {
      throw new IllegalArgumentException("a session needs at least one page, session " + sessionId + " has none");
    }
  }

  /** The number of logged rows: every candidate row of every page. */
  public long rows() {
    return pages.stream().mapToLong(p -> p.observation().numCandidates()).sum();
  }
}
