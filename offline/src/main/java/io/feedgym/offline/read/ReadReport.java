package io.feedgym.offline.read;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a read did: rows seen, rows and sessions delivered, and every skipped row counted by reason (lenient
 * reading) with the first message of each reason. Rows skipped only because another row of their session was
 * bad count under {@link #SAME_SESSION}.
 *
 * @param rows data rows the source returned
 * @param acceptedRows rows in the sessions delivered
 * @param sessions sessions delivered
 * @param pages pages delivered
 * @param skippedSessions sessions dropped because they held a bad row
 * @param skippedRows skipped rows by reason: a {@link io.feedgym.offline.LogFormatException.Kind} id or
 *     {@link #SAME_SESSION}
 * @param firstErrors the first error message of each reason
 */
public record ReadReport(
    long rows,
    long acceptedRows,
    long sessions,
    long pages,
    long skippedSessions,
    ImmutableMap<String, Long> skippedRows,
    ImmutableMap<String, String> firstErrors) {

  /** The reason of rows dropped because another row of their session was bad. */
  public static final String SAME_SESSION = "same_session";

  /** All skipped rows. */
  public long totalSkipped() {
    return skippedRows.values().stream().mapToLong(Long::longValue).sum();
  }

  /** One line: rows read, delivered and skipped by reason. */
  public String describe() {
    String skipped = skippedRows.isEmpty() ? "none" : skippedRows.entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    return String.format(Locale.ROOT, "%d rows: %d sessions (%d pages, %d rows) read; skipped %d rows in %d sessions"
        + " (%s)", rows, sessions, pages, acceptedRows, totalSkipped(), skippedSessions, skipped);
  }

  /** The report as a map for JSON summaries. */
  public Map<String, Object> toMap() {
    return ImmutableMap.<String, Object>builder().put("rows", rows).put("accepted_rows", acceptedRows)
        .put("sessions", sessions).put("pages", pages).put("skipped_sessions", skippedSessions)
        .put("skipped_rows", skippedRows).put("first_errors", firstErrors).buildOrThrow();
  }
}
