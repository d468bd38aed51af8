package io.feedgym.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedgym.offline.LogFormatException;
import io.feedgym.offline.convert.LoggedTransition;
import io.feedgym.offline.convert.TransitionConverter;
import io.feedgym.offline.convert.TransitionShardReader;
import io.feedgym.offline.read.LogReader;
import io.feedgym.offline.read.LogSource;
import io.feedgym.offline.read.ReadOptions;
import io.feedgym.offline.read.ReadReport;
import io.feedgym.spark.convert.TransitionShards;
import io.feedgym.replay.feed.FeedTransition;
import io.feedgym.spark.read.LogInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The distributed reader and converter against the single-machine ones, on the same files. */
class LogConversionTest {
  @TempDir
  static Path dir;
  static Path csv;
  static SparkSession spark;

  @BeforeAll
  static void logs() throws Exception {
    spark = LocalSpark.get();
    csv = TestLogs.write(dir.resolve("log.csv"), 12, 7);
  }

  @Test
  void transitionsEqualTheSingleMachineOnesForParquetCsvAndJsonLines() throws Exception {
    for (String name : List.of("log.parquet", "log.csv", "log.jsonl")) {
      Path file = name.equals("log.csv") ? csv : TestLogs.write(dir.resolve(name), 12, 7);
      TransitionConverter converter = TransitionConverter.of("clicks:1,purchases:2");
      List<Row> expected = new ArrayList<>();
      ReadReport single = new LogReader(ReadOptions.defaults()).read(LogSource.file(file),
          s -> expected.addAll(TransitionShards.rows(s, converter)));

      LogInput input = LogInput.read(spark, file.toString(), 3);
      assertThat(input.validate(false).tally().report()).isEqualTo(single);
      Path out = dir.resolve("shards-" + name);
      TransitionShards.write(spark, input, "clicks:1,purchases:2", out.toString());

      assertThat(expected).hasSize((int) single.pages());
      List<Row> actual = spark.read().parquet(out.toString()).orderBy("session_id", "page").collectAsList();
      List<Row> reference = spark.createDataFrame(expected, TransitionShards.SCHEMA).orderBy("session_id", "page")
          .collectAsList();
      assertThat(actual).as(name).isEqualTo(reference);
      assertThat(Files.list(dir).filter(p -> p.getFileName().toString().contains(".tmp-"))).isEmpty();
    }
  }

  @Test
  void theOfflineShardReaderGivesBackTheSingleMachineEpisodesAndNamesABrokenSession() throws Exception {
    TransitionConverter converter = TransitionConverter.of("clicks:1,purchases:2");
    TreeMap<Long, List<FeedTransition>> expected = new TreeMap<>();
    new LogReader(ReadOptions.defaults()).read(LogSource.file(csv), s -> expected.put(s.sessionId(),
        converter.convert(s).stream().map(LoggedTransition::transition).toList()));
    Path out = dir.resolve("round-trip");
    TransitionShards.write(spark, LogInput.read(spark, csv.toString(), 3), "clicks:1,purchases:2", out.toString());

    List<List<FeedTransition>> episodes = new ArrayList<>();
    var report = new TransitionShardReader(ReadOptions.defaults()).read(out, episodes::add);

    assertThat(episodes).containsExactlyInAnyOrderElementsOf(expected.values());
    assertThat(report.sessions()).isEqualTo(expected.size());
    assertThat(episodes.stream().mapToLong(List::size).sum()).isEqualTo(report.pages()).isGreaterThan(12);

    long session = expected.entrySet().stream().filter(e -> e.getValue().size() >= 3).findFirst().orElseThrow()
        .getKey();
    Dataset<Row> gap = spark.read().parquet(out.toString()).where("NOT (session_id = " + session + " AND page = 1)");
    Path broken = dir.resolve("round-trip-gap");
    gap.coalesce(1).write().parquet(broken.toString());
    assertThatThrownBy(() -> new TransitionShardReader(ReadOptions.defaults()).read(broken, e -> { }))
        .isInstanceOf(IOException.class).hasMessageContaining(", session " + session + ", page 2, column page: page 2 "
            + "follows page 0");
  }

  @Test
  void strictReadingStopsAtTheSameRowAndColumnAsTheSingleMachineReader() throws Exception {
    List<String> lines = Files.readAllLines(csv);
    List<String> header = List.of(lines.get(0).split(","));
    int[][] edits = {{10, header.indexOf("propensity")}, {35, header.indexOf("page")},
        {70, header.indexOf("session_id")}, {120, header.indexOf("user_id")}};
    String[] values = {"1.5", "x", "abc", ""};
    for (int e = 0; e < edits.length; e++) {
      Path bad = dir.resolve("bad-" + e + ".csv");
      Files.write(bad, edit(lines, new int[][] {edits[e]}, new String[] {values[e]}));
      LogFormatException single = catchLogError(() -> new LogReader(ReadOptions.defaults()).readAll(
          LogSource.file(bad)));
      assertThatThrownBy(() -> LogInput.read(spark, bad.toString(), 3).validate(false))
          .isInstanceOf(LogFormatException.class).hasMessage(single.getMessage());
    }
  }

  @Test
  void lenientReadingCountsTheSameSkippedRowsByReason() throws Exception {
    List<String> lines = Files.readAllLines(csv);
    List<String> header = List.of(lines.get(0).split(","));
    Path bad = dir.resolve("lenient.csv");
    Files.write(bad, edit(lines, new int[][] {{10, header.indexOf("propensity")}, {35, header.indexOf("page")},
        {70, header.indexOf("session_id")}, {150, header.indexOf("click")}},
        new String[] {"0", "x", "abc", "maybe"}));
    ReadReport single = new LogReader(ReadOptions.defaults().withLenient(true)).read(LogSource.file(bad), s -> { });

    ReadReport distributed = LogInput.read(spark, bad.toString(), 3).validate(true).tally().report();

    assertThat(single.totalSkipped()).isPositive();
    assertThat(distributed).isEqualTo(single);
  }

  @Test
  void aMissingColumnIsReportedAtTheHeader() throws Exception {
    List<String> lines = Files.readAllLines(csv);
    Path bad = dir.resolve("header.csv");
    Files.write(bad, lines.stream().map(l -> l.replaceFirst("^([^,]*),", "$1_,")).toList());
    LogFormatException single = catchLogError(() -> new LogReader(ReadOptions.defaults()).readAll(
        LogSource.file(bad)));
    assertThatThrownBy(() -> LogInput.read(spark, bad.toString(), 2).validate(false))
        .isInstanceOf(LogFormatException.class).hasMessageStartingWith(bad + ", header, column ")
        .hasMessageContaining(single.column());
  }

  private static List<String> edit(List<String> lines, int[][] cells, String[] values) {
    List<String> out = new ArrayList<>(lines);
    for (int e = 0; e < cells.length; e++) {
      String[] fields = out.get(cells[e][0]).split(",", -1);
      fields[cells[e][1]] = values[e];
      out.set(cells[e][0], String.join(",", fields));
    }
    return out;
  }

  private static LogFormatException catchLogError(Runnable read) {
    try {
      read.run();
    } catch (LogFormatException e) {
      return e;
    }
    throw new AssertionError("the single-machine reader accepted the file");
  }
}
