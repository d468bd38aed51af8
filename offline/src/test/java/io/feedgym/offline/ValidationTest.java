package io.feedgym.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedgym.offline.LogFormatException.Kind;
import io.feedgym.offline.read.LogReader;
import io.feedgym.offline.read.LogSource;
import io.feedgym.offline.read.ReadOptions;
import io.feedgym.offline.read.ReadReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every validation error names the file, the 1-based data row and the column; lenient reading skips the
 * sessions holding bad rows and counts every skipped row by reason.
 */
class ValidationTest {
  private static final String HEADER = "session_id,user_id,page,position,item_id,click,propensity,item_feature_0";
  /** Session 1: pages 0 (2 items) and 1 (1 item); session 2: page 0 (1 item). Rows 1 to 4. */
  private static final List<String> GOOD = List.of(
      "1,u1,0,0,10,1,0.5,0.1",
      "1,u1,0,1,11,0,0.5,0.2",
      "1,u1,1,0,12,0,0.25,0.3",
      "2,u2,0,0,13,0,1.0,0.4");

  @TempDir
  Path dir;

  private Path csv(String header, List<String> rows) throws IOException {
    Path file = dir.resolve("log.csv");
    Files.writeString(file, header + "\n" + String.join("\n", rows) + "\n");
    return file;
  }

  private Path withRow(int row, String text) throws IOException {
    var rows = new java.util.ArrayList<>(GOOD);
    rows.set(row - 1, text);
    return csv(HEADER, rows);
  }

  private static LogFormatException strictError(Path file) {
    try {
      new LogReader(ReadOptions.defaults()).readAll(LogSource.file(file));
    } catch (LogFormatException e) {
      return e;
    }
    throw new AssertionError("no error reading " + file);
  }

  @Test
  void aGoodLogReadsIntoSessionsAndPages() throws IOException {
    var sessions = new LogReader(ReadOptions.defaults()).readAll(LogSource.file(csv(HEADER, GOOD)));

    assertThat(sessions).hasSize(2);
    assertThat(sessions.get(0).pages()).hasSize(2);
    LoggedPage first = sessions.get(0).pages().get(0);
    assertThat(first.slate().toArray()).containsExactly(0, 1);
    assertThat(first.propensities().toArray()).containsExactly(0.5, 0.5);
    assertThat(first.chainedSlatePropensity()).isEqualTo(0.25);
    assertThat(first.feedback().clicks()).isEqualTo(1);
    assertThat(first.feedback().left()).isFalse();
    assertThat(sessions.get(0).pages().get(1).feedback().left()).as("the last page's default").isTrue();
    assertThat(sessions.get(0).pages().get(1).feedback().positions().get(0).novel()).isTrue();
    assertThat(first.observation().feature(1, 0)).isEqualTo(0.2);
  }

  @Test
  void aMissingColumnNamesItAndTheColumnsFound() throws IOException {
    Path file = csv("session_id,user_id,page,position,item_id,click", GOOD.stream()
        .map(r -> r.substring(0, r.lastIndexOf(',', r.lastIndexOf(',') - 1))).toList());

    LogFormatException e = strictError(file);

    assertThat(e.kind()).isEqualTo(Kind.MISSING_COLUMN);
    assertThat(e).hasMessage(file + ", header, column propensity: required column is missing; the columns are "
        + "[session_id, user_id, page, position, item_id, click]");
  }

  @ParameterizedTest(name = "row {0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "2|1,u1,0,1,11,yes,0.5,0.2|WRONG_TYPE|click|expected 0/1 or true/false, found 'yes'",
      "3|1,u1,one,0,12,0,0.25,0.3|WRONG_TYPE|page|expected an integer, found 'one'",
      "2|1,u1,0,1,11,0,0.5,abc|WRONG_TYPE|item_feature_0|expected a number, found 'abc'",
      "2|1,u1,0,1,11,0,0,0.2|PROPENSITY|propensity|must be in (0, 1], found 0.0",
      "3|1,u1,1,0,12,0,1.5,0.3|PROPENSITY|propensity|must be in (0, 1], found 1.5",
      "2|1,u1,0,1,11,0,NaN,0.2|NAN|propensity|found NaN",
      "4|2,u2,0,0,13,0,1.0,NaN|NAN|item_feature_0|must be a finite number, found NaN",
      "2|1,u1,0,1,11,0,,0.2|MISSING_VALUE|propensity|required value is empty on a shown item",
      "2|1,,0,1,11,0,0.5,0.2|MISSING_VALUE|user_id|required value is empty",
      "2|1,u1,0,1,-11,0,0.5,0.2|OUT_OF_RANGE|item_id|must be an integer >= 0, found -11",
      "3|1,u1,2,0,12,0,0.25,0.3|ORDER|page|page 2 of session 1 follows page 0; page 1 is missing",
      "2|1,u1,0,2,11,0,0.5,0.2|ORDER|position|position 2 follows position 0 on page 0; position 1 is missing",
      "2|1,u1,0,0,11,0,0.5,0.2|ORDER|position|page 0 is duplicated: its position 0 appears again",
      "2|1,u2,0,1,11,0,0.5,0.2|INCONSISTENT|user_id|session 1 belongs to user 'u1', this row says 'u2'",
      "4|1,u1,0,0,13,0,1.0,0.4|ORDER|page|page 0 of session 1 is duplicated or out of order: it follows page 1",
      "4|2,u2,1,0,13,0,1.0,0.4|ORDER|page|session 2 starts at page 1; pages must start at 0"})
  void aBadValueNamesFileRowAndColumn(int row, String text, Kind kind, String column, String problem)
      throws IOException {
    Path file = withRow(row, text);

    LogFormatException e = strictError(file);

    assertThat(e.kind()).isEqualTo(kind);
    assertThat(e.row()).isEqualTo(row);
    assertThat(e.column()).isEqualTo(column);
    assertThat(e).hasMessage(file + ", row " + row + ", column " + column + ": " + problem);
  }

  @Test
  void aSlatePropensityMustBeTheProductOfThePositions() throws IOException {
    Path file = csv(HEADER + ",slate_propensity", List.of(GOOD.get(0) + ",0.25", GOOD.get(1) + ",0.25",
        GOOD.get(2) + ",0.3", GOOD.get(3) + ",1"));

    assertThat(strictError(file)).hasMessage(file + ", row 3, column slate_propensity: page 1 logs 0.3, but the "
        + "product of its positions' propensities is 0.25");
  }

  @Test
  void parquetValuesOfTheWrongTypeOrNaNAreNamed() throws Exception {
    Path wrongType = dir.resolve("type.parquet");
    Path nan = dir.resolve("nan.parquet");
    try (var connection = java.sql.DriverManager.getConnection("jdbc:duckdb:");
        var statement = connection.createStatement()) {
      String columns = "1 AS session_id, 'u' AS user_id, 0 AS page, range AS position, 3 + range AS item_id, 0 AS click";
      statement.execute("COPY (SELECT " + columns + ", CASE WHEN range = 1 THEN 'x' ELSE '0.5' END AS propensity "
          + "FROM range(2)) TO '" + wrongType + "' (FORMAT PARQUET)");
      statement.execute("COPY (SELECT " + columns + ", CASE WHEN range = 1 THEN 'NaN'::DOUBLE ELSE 0.5 END AS "
          + "propensity FROM range(2)) TO '" + nan + "' (FORMAT PARQUET)");
    }

    assertThat(strictError(wrongType)).hasMessage(wrongType + ", row 2, column propensity: expected a number, found 'x'");
    assertThat(strictError(nan)).hasMessage(nan + ", row 2, column propensity: found NaN");
  }

  @Test
  void aSessionThatComesBackIsReported() throws IOException {
    Path file = csv(HEADER, List.of(GOOD.get(0), GOOD.get(1), GOOD.get(3), "1,u1,1,0,12,0,0.25,0.3"));

    assertThat(strictError(file)).hasMessage(file + ", row 4, column session_id: session 1 appears again after "
        + "other sessions; a session's rows must be contiguous");
  }

  @Test
  void jsonLinesRowsAreCountedFromOneAndTypesChecked() throws IOException {
    Path file = dir.resolve("log.jsonl");
    Files.writeString(file, """
        {"session_id": 1, "user_id": "u1", "page": 0, "position": 0, "item_id": 3, "click": 0, "propensity": 0.5}
        {"session_id": 1, "user_id": "u1", "page": 0, "position": 1, "item_id": 4, "click": 0, "propensity": "high"}
        """);

    assertThat(strictError(file)).hasMessage(file + ", row 2, column propensity: expected a number, found 'high'");
  }

  @Test
  void lenientReadingSkipsTheBadSessionAndCountsEveryRow() throws IOException {
    Path file = csv(HEADER, List.of(GOOD.get(0), "1,u1,0,1,11,0,1.5,0.2", GOOD.get(2), GOOD.get(3),
        "3,u3,0,0,14,0,NaN,0.5", "3,u3,0,1,15,0,0.5,0.5", "4,u4,0,0,16,1,1.0,0.6"));

    ReadReport report = new LogReader(ReadOptions.defaults().withLenient(true)).read(LogSource.file(file), s -> { });

    assertThat(report.rows()).isEqualTo(7);
    assertThat(report.sessions()).isEqualTo(2);
    assertThat(report.acceptedRows()).isEqualTo(2);
    assertThat(report.skippedSessions()).isEqualTo(2);
    assertThat(report.skippedRows()).containsExactly(java.util.Map.entry("propensity", 1L),
        java.util.Map.entry("same_session", 3L), java.util.Map.entry("nan", 1L));
    assertThat(report.totalSkipped() + report.acceptedRows()).isEqualTo(report.rows());
    assertThat(report.firstErrors().get("propensity")).isEqualTo(file + ", row 2, column propensity: must be in "
        + "(0, 1], found 1.5");
    assertThat(report.describe()).isEqualTo("7 rows: 2 sessions (2 pages, 2 rows) read; skipped 5 rows in 2 sessions"
        + " (propensity 1, same_session 3, nan 1)");
  }

  @Test
  void aValueDuckDbCannotConvertIsFoundAgainAsTextWithoutDeliveringASessionTwice() throws IOException {
    Path file = csv(HEADER, List.of(GOOD.get(0), GOOD.get(1), GOOD.get(2), GOOD.get(3), "3,u3,0,0,one,0,0.5,0.5",
        "4,u4,0,0,16,1,1.0,0.6"));
    List<Long> delivered = new java.util.ArrayList<>();

    ReadReport report = new LogReader(ReadOptions.defaults().withLenient(true)).read(LogSource.file(file),
        session -> delivered.add(session.sessionId()));

    assertThat(delivered).containsExactly(1L, 2L, 4L);
    assertThat(report.sessions()).isEqualTo(3);
    assertThat(report.skippedRows()).containsExactly(java.util.Map.entry("wrong_type", 1L));
    assertThat(report.firstErrors().get("wrong_type")).isEqualTo(file + ", row 5, column item_id: expected an "
        + "integer, found 'one'");
  }

  @Test
  void lenientReadingCountsPageErrorsAndTheRowsAroundThem() throws IOException {
    Path file = csv(HEADER, List.of(GOOD.get(0), GOOD.get(1), "1,u1,2,0,12,0,0.25,0.3", "1,u1,2,1,17,0,0.25,0.3",
        GOOD.get(3)));

    ReadReport report = new LogReader(ReadOptions.defaults().withLenient(true)).read(LogSource.file(file), s -> { });

    assertThat(report.sessions()).isEqualTo(1);
    assertThat(report.skippedRows()).containsEntry("order", 1L).containsEntry("same_session", 3L);
    assertThat(report.totalSkipped() + report.acceptedRows()).isEqualTo(5);
  }

  @Test
  void aQueryMapsTheUsersOwnLayout() throws IOException {
    Path file = dir.resolve("events.csv");
    Files.writeString(file, "visit,member,screen,slot,sku,clicked,p\n7,m,0,1,5,0,0.5\n7,m,0,0,4,1,0.5\n");
    String sql = "SELECT visit AS session_id, member AS user_id, screen AS page, slot AS position, sku AS item_id, "
        + "clicked AS click, p AS propensity FROM read_csv('" + file + "') ORDER BY visit, screen, slot";

    var sessions = new LogReader(ReadOptions.defaults()).readAll(LogSource.query("events query", sql));

    assertThat(sessions).hasSize(1);
    assertThat(sessions.get(0).pages().get(0).feedback().positions().get(0).clicked()).isTrue();
    assertThat(sessions.get(0).pages().get(0).feedback().positions().get(0).itemId()).isEqualTo(4);
  }
}
