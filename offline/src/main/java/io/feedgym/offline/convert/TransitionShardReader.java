package io.feedgym.offline.convert;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableIntArray;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feedback.Feedback;
import io.feedgym.env.feedback.PositionFeedback;
import io.feedgym.offline.read.LogSource;
import io.feedgym.offline.read.ReadOptions;
import io.feedgym.replay.feed.FeedTransition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Streams the transition shards that {@code feedgym-spark convert} writes (a directory of Parquet files, one row
 * per logged page; schema in docs/scale-out.md) back into episodes of {@link FeedTransition}s, through an embedded
 * DuckDB, one session on the heap at a time. The files are read in name order and their rows in file order, in
 * which the converter writes each session's pages together and in page order; a session whose pages are not
 * consecutive rows fails (sort the shards by {@code session_id, page} first). s′ is the next page's observation, or
 * the page's own on a session's last page, as {@link TransitionConverter} sets it; rewards are the shards' own. A
 * malformed shard fails with its file, session, page and column.
 */
public final class TransitionShardReader {
  /** The columns a shard must have. */
  public static final List<String> COLUMNS = List.of("session_id", "page", "num_candidates", "num_item_features",
      "item_features", "user_features", "context", "item_ids", "topics", "available", "slate", "prices", "examined",
      "clicks", "purchases", "dwell", "novel", "left", "return_gap", "reward", "terminated", "truncated");

  private final ReadOptions options;

  /** Reads with DuckDB's memory limit, threads and fetch size from {@code options}. */
  public TransitionShardReader(ReadOptions options) {
    this.options = options;
  }

  /** The number of sessions and pages read. */
  public record Report(long sessions, long pages) {}

  /** Hands each session of the shards under {@code dir} to {@code sink} as its transitions in page order. */
  public Report read(Path dir, Consumer<List<FeedTransition>> sink) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException(dir + ": no such directory of transition shards");
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IOException(dir + ": holds no .parquet shard");
    }
    try {
      return run(files, sink);
    } catch (SQLException e) {
      throw new IOException("cannot read the shards in " + dir + ": " + e.getMessage(), e);
    }
  }

  private Report run(List<Path> files, Consumer<List<FeedTransition>> sink) throws SQLException, IOException {
    try (Connection connection = options.connect(); Statement statement = connection.createStatement()) {
      String list = "[" + String.join(", ", files.stream().map(p -> LogSource.literal(p.toString())).toList()) + "]";
      String scan = "read_parquet(" + list + ", filename = true)";
      checkColumns(statement, scan, files);
      statement.setFetchSize(options.fetchSize());
      try (ResultSet rs = statement.executeQuery("SELECT " + String.join(", ", COLUMNS.stream().map(c -> '"' + c + '"')
          .toList()) + ", filename FROM " + scan)) {
        return stream(rs, sink);
      }
    }
  }

  private static void checkColumns(Statement statement, String scan, List<Path> files) throws SQLException, IOException {
    Set<String> present = new HashSet<>();
    try (ResultSet rs = statement.executeQuery("DESCRIBE SELECT * FROM " + scan)) {
      while (rs.next()) {
        present.add(rs.getString(1));
      }
    }
    for (String column : COLUMNS) {
      if (!present.contains(column)) {
        throw new IOException(files.get(0) + ": shard column '" + column + "' is missing (a transition shard has "
            + String.join(", ", COLUMNS) + ")");
      }
    }
  }

  private static Report stream(ResultSet rs, Consumer<List<FeedTransition>> sink) throws SQLException, IOException {
    long sessions = 0;
    long pages = 0;
    List<Page> episode = new ArrayList<>();
    Set<Long> done = new HashSet<>();
    while (rs.next()) {
      Page page = Page.parse(rs);
      if (!episode.isEmpty() && episode.get(0).session != page.session) {
        sink.accept(transitions(episode));
        sessions++;
        done.add(episode.get(0).session);
        episode.clear();
      }
      if (episode.isEmpty() && done.contains(page.session)) {
        throw page.error("session_id", "the session's pages are not consecutive rows (it appeared earlier, before "
            + "other sessions); sort the shards by session_id, page");
      }
      if (page.page != episode.size()) {
        throw page.error("page", episode.isEmpty() ? "the session's first page is " + page.page + ", not 0"
            : "page " + page.page + " follows page " + (episode.size() - 1) + " (a session's pages run 0, 1, 2, …)");
      }
      episode.add(page);
      pages++;
    }
    if (!episode.isEmpty()) {
      sink.accept(transitions(episode));
      sessions++;
    }
    return new Report(sessions, pages);
  }

  private static List<FeedTransition> transitions(List<Page> episode) throws IOException {
    List<FeedTransition> out = new ArrayList<>(episode.size());
    for (int t = 0; t < episode.size(); t++) {
      Page page = episode.get(t);
      boolean last = t == episode.size() - 1;
      if (!last && (page.terminated || page.truncated)) {
        throw page.error(page.terminated ? "terminated" : "truncated", "set on page " + page.page + ", but the session"
            + " goes on to page " + (page.page + 1));
      }
      if (last && page.terminated == page.truncated) {
        throw page.error("terminated", "a session's last page must be terminated or truncated (exactly one), found "
            + "terminated " + page.terminated + " and truncated " + page.truncated);
      }
      FeedObservation next = last ? page.observation : episode.get(t + 1).observation;
      try {
        out.add(new FeedTransition(page.observation, ImmutableIntArray.copyOf(page.slate), page.reward, next,
            page.terminated, page.truncated, page.feedback));
      } catch (IllegalArgumentException e) {
        throw page.error("slate", e.getMessage());
      }
    }
    return out;
  }

  /** One shard row, checked and assembled. */
  private static final class Page {
    final String file;
    final long session;
    final int page;
    FeedObservation observation;
    int[] slate;
    Feedback feedback;
    double reward;
    boolean terminated;
    boolean truncated;

    private Page(String file, long session, int page) {
      this.file = file;
      this.session = session;
      this.page = page;
    }

    static Page parse(ResultSet rs) throws SQLException, IOException {
      Page p = new Page(rs.getString("filename"), rs.getLong("session_id"), rs.getInt("page"));
      int n = p.positive(rs, "num_candidates");
      int f = p.positive(rs, "num_item_features");
      double[] features = p.doubles(rs, "item_features", n * f);
      double[] user = p.doubles(rs, "user_features", -1);
      double[] context = p.doubles(rs, "context", -1);
      int[] items = p.ints(rs, "item_ids", n);
      int[] topics = p.ints(rs, "topics", n);
      boolean[] available = p.flags(rs, "available", n);
      try {
        p.observation = FeedObservation.of(user, context, features, topics, items, available);
      } catch (IllegalArgumentException e) {
        throw p.error("item_features", e.getMessage());
      }
      p.slate = p.ints(rs, "slate", -1);
      int k = p.slate.length;
      for (int c : p.slate) {
        if (c < 0 || c >= n) {
          throw p.error("slate", "candidate " + c + " is out of range 0.." + (n - 1));
        }
      }
      double[] prices = p.doubles(rs, "prices", k);
      boolean[] examined = p.flags(rs, "examined", k);
      boolean[] clicks = p.flags(rs, "clicks", k);
      boolean[] purchases = p.flags(rs, "purchases", k);
      double[] dwell = p.doubles(rs, "dwell", k);
      boolean[] novel = p.flags(rs, "novel", k);
      PositionFeedback[] positions = new PositionFeedback[k];
      for (int i = 0; i < k; i++) {
        int c = p.slate[i];
        try {
          positions[i] = new PositionFeedback(i, c, items[c], topics[c], prices[i], examined[i], clicks[i],
              purchases[i], dwell[i], novel[i]);
        } catch (IllegalArgumentException e) {
          throw p.error("position " + i, e.getMessage());
        }
      }
      double gap = rs.getDouble("return_gap");
      if (rs.wasNull()) {
        gap = Double.NaN;
      }
      boolean left = p.flag(rs, "left");
      try {
        p.feedback = new Feedback(p.page, ImmutableList.copyOf(positions), left, gap);
      } catch (IllegalArgumentException e) {
        throw p.error("return_gap", e.getMessage());
      }
      p.reward = rs.getDouble("reward");
      if (rs.wasNull() || !Double.isFinite(p.reward)) {
        throw p.error("reward", "must be a finite number, found " + (rs.wasNull() ? "null" : p.reward));
      }
      p.terminated = p.flag(rs, "terminated");
      p.truncated = p.flag(rs, "truncated");
      return p;
    }

    IOException error(String column, String problem) {
      return new IOException(file + ", session " + session + ", page " + page + ", column " + column + ": " + problem);
    }

    private int positive(ResultSet rs, String column) throws SQLException, IOException {
      int v = rs.getInt(column);
      if (rs.wasNull() || v < 1) {
        throw error(column, "must be a positive integer, found " + (rs.wasNull() ? "null" : v));
      }
      return v;
    }

    private boolean flag(ResultSet rs, String column) throws SQLException, IOException {
      boolean v = rs.getBoolean(column);
      if (rs.wasNull()) {
        throw error(column, "is null");
      }
      return v;
    }

    /** The array column's elements, checking that it has {@code length} of them when {@code length >= 0}. */
    private Object[] array(ResultSet rs, String column, int length) throws SQLException, IOException {
      Array array = rs.getArray(column);
      if (array == null) {
        throw error(column, "is null");
      }
      Object[] values = (Object[]) array.getArray();
      if (length >= 0 && values.length != length) {
        throw error(column, "holds " + values.length + " values, expected " + length);
      }
      for (int i = 0; i < values.length; i++) {
        if (values[i] == null) {
          throw error(column, "element " + i + " is null");
        }
      }
      return values;
    }

    private double[] doubles(ResultSet rs, String column, int length) throws SQLException, IOException {
      Object[] values = array(rs, column, length);
      double[] out = new double[values.length];
      for (int i = 0; i < out.length; i++) {
        out[i] = ((Number) values[i]).doubleValue();
      }
      return out;
    }

    private int[] ints(ResultSet rs, String column, int length) throws SQLException, IOException {
      Object[] values = array(rs, column, length);
      int[] out = new int[values.length];
      for (int i = 0; i < out.length; i++) {
        out[i] = ((Number) values[i]).intValue();
      }
      return out;
    }

    private boolean[] flags(ResultSet rs, String column, int length) throws SQLException, IOException {
      Object[] values = array(rs, column, length);
      boolean[] out = new boolean[values.length];
      for (int i = 0; i < out.length; i++) {
        out[i] = (Boolean) values[i];
      }
      return out;
    }
  }
}
