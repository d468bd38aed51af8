package io.feedgym.spark.read;

import com.google.common.collect.ImmutableMap;
import io.feedgym.offline.LogFormatException;
import io.feedgym.offline.read.ReadReport;
import java.io.Serializable;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The counts of a distributed read, merged over partitions: rows, delivered sessions, skipped rows by reason, and
 * for each reason the bad row a sequential read would have met first (the smallest
 * {@link io.feedgym.offline.read.SessionStream.ErrorListener order}; files by index). Mutable while merging.
 */
public final class ReadTally implements Serializable {
  private static final long serialVersionUID = 1L;
  private long rows;
  private long acceptedRows;
  private long sessions;
  private long pages;
  private long skippedSessions;
  private final Map<String, Long> skipped = new TreeMap<>();
  private final Map<String, Located> first = new TreeMap<>();

  /** An error, where a sequential read over the files in order finds it. */
  private record Located(int file, long order, LogFormatException error) implements Serializable {
    static final Comparator<Located> FIRST = Comparator.comparingInt(Located::file).thenComparingLong(Located::order);
  }

  /** Adds the report of one file's rows in one partition. */
  void add(ReadReport report) {
    rows += report.rows();
    acceptedRows += report.acceptedRows();
    sessions += report.sessions();
    pages += report.pages();
    skippedSessions += report.skippedSessions();
    report.skippedRows().forEach((reason, n) -> skipped.merge(reason, n, Long::sum));
  }

  /** Records a bad row of file {@code file}. */
  void found(int file, LogFormatException error, long order) {
    Located here = new Located(file, order, error);
    first.merge(error.kind().id(), here, (a, b) -> Located.FIRST.compare(a, b) <= 0 ? a : b);
  }

  /** Adds {@code other}'s counts and errors to this one; returns this. */
  public ReadTally merge(ReadTally other) {
    rows += other.rows;
    acceptedRows += other.acceptedRows;
    sessions += other.sessions;
    pages += other.pages;
    skippedSessions += other.skippedSessions;
    other.skipped.forEach((reason, n) -> skipped.merge(reason, n, Long::sum));
    other.first.forEach((kind, e) -> first.merge(kind, e, (a, b) -> Located.FIRST.compare(a, b) <= 0 ? a : b));
    return this;
  }

  /** The error a strict sequential read stops at, if any row is bad. */
  public Optional<LogFormatException> firstError() {
    return first.values().stream().min(Located.FIRST).map(Located::error);
  }

  /** The counts as the single-machine reader reports them (reasons in name order). */
  public ReadReport report() {
    Map<String, String> messages = new LinkedHashMap<>();
    first.forEach((kind, e) -> messages.put(kind, e.error().getMessage()));
    return new ReadReport(rows, acceptedRows, sessions, pages, skippedSessions, ImmutableMap.copyOf(skipped),
        ImmutableMap.copyOf(messages));
  }
}
