package io.feedgym.offline;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedgym.offline.convert.LoggedTransition;
import io.feedgym.offline.convert.TransitionConverter;
import io.feedgym.offline.logging.SessionLogger.Candidates;
import io.feedgym.offline.read.LogReader;
import io.feedgym.offline.read.LogSource;
import io.feedgym.offline.read.ReadOptions;
import io.feedgym.replay.feed.FeedTransition;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Simulator → log file → reader → transitions: in every format, the converted transitions equal the ones the
 * simulator produced (observations, slates, feedback, flags) and the offline reward equals ComputeReward's
 * online reward exactly. The last transition's s′ is by convention its own s (the log holds no later page).
 */
class RoundTripTest {
  private static final String REWARD = "clicks:1,purchases:2,dwell:0.01,novelty:0.5,leave:1";

  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"log.csv", "log.jsonl", "log.parquet"})
  void convertedTransitionsEqualTheSimulatorsExactly(String name) throws IOException {
    Path file = dir.resolve(name);
    List<FeedTransition> online = SimulatedLogs.write(file, 6, 11, REWARD, Candidates.ALL);

    List<LoggedTransition> offline = new ArrayList<>();
    TransitionConverter converter = TransitionConverter.of(REWARD);
    var report = new LogReader(ReadOptions.defaults()).read(LogSource.file(file),
        session -> offline.addAll(converter.convert(session)));

    assertThat(report.sessions()).isEqualTo(6);
    assertThat(report.totalSkipped()).isZero();
    assertThat(offline).hasSameSizeAs(online);
    for (int i = 0; i < online.size(); i++) {
      FeedTransition expected = online.get(i);
      FeedTransition actual = offline.get(i).transition();
      assertThat(actual.observation()).as("s of transition %d", i).isEqualTo(expected.observation());
      assertThat(actual.slate()).isEqualTo(expected.slate());
      assertThat(actual.feedback()).as("feedback of transition %d", i).isEqualTo(expected.feedback());
      assertThat(actual.reward()).as("reward of transition %d", i).isEqualTo(expected.reward());
      assertThat(actual.terminated()).isEqualTo(expected.terminated());
      assertThat(actual.truncated()).isEqualTo(expected.truncated());
      if (!expected.done()) {
        assertThat(actual.nextObservation()).isEqualTo(expected.nextObservation());
      }
    }
    assertThat(online.stream().filter(FeedTransition::truncated)).as("some sessions hit the page cap").isNotEmpty();
    assertThat(online.stream().mapToDouble(FeedTransition::reward).sum()).isPositive();
  }

  @Test
  void aShownOnlyLogKeepsTheRewardsAndFlagsButNotTheCandidateSet() throws IOException {
    Path file = dir.resolve("shown.csv");
    List<FeedTransition> online = SimulatedLogs.write(file, 4, 12, REWARD, Candidates.SHOWN);

    List<LoggedTransition> offline = new ArrayList<>();
    TransitionConverter converter = TransitionConverter.of(REWARD);
    new LogReader(ReadOptions.defaults()).read(LogSource.file(file), s -> offline.addAll(converter.convert(s)));

    assertThat(offline).hasSameSizeAs(online);
    for (int i = 0; i < online.size(); i++) {
      FeedTransition actual = offline.get(i).transition();
      assertThat(actual.reward()).isEqualTo(online.get(i).reward());
      assertThat(actual.done()).isEqualTo(online.get(i).done());
      assertThat(actual.observation().numCandidates()).isEqualTo(10);
      assertThat(actual.slate().toArray()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
      assertThat(actual.feedback().clicks()).isEqualTo(online.get(i).feedback().clicks());
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void aReturningUsersSessionsShareTheUserAndKeepTheirReturnGaps() throws IOException {
    Path file = dir.resolve("returning.parquet");
    try (var env = (io.feedgym.env.Environment<io.feedgym.env.feed.FeedObservation, int[]>)
        io.feedgym.env.registry.Envs.make("feed-return-v0", java.util.Map.of("max_pages", "3"))) {
      var logger = new io.feedgym.offline.logging.SessionLogger(env, SimulatedLogs.softmax(), Candidates.SHOWN);
      try (var writer = new io.feedgym.offline.write.LogWriter(file, logger.columns())) {
        logger.log(1, 3, writer, (episode, page, draw, step) -> { });
      }
    }

    List<LoggedSession> sessions = new LogReader(ReadOptions.defaults()).readAll(LogSource.file(file));

    assertThat(sessions.size()).isGreaterThan(1);
    assertThat(sessions).allSatisfy(s -> assertThat(s.userId()).isEqualTo("u0"));
    LoggedPage last = sessions.get(0).pages().get(sessions.get(0).pages().size() - 1);
    assertThat(last.feedback().left()).isTrue();
    assertThat(last.feedback().returnGap()).isPositive();
  }
}
