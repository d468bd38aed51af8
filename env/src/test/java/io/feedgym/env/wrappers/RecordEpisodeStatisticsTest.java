package io.feedgym.env.wrappers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.base.Ticker;
import io.feedgym.env.Step;
import io.feedgym.env.testing.CountingEnv;
import org.junit.jupiter.api.Test;

class RecordEpisodeStatisticsTest {
  private final ManualTicker ticker = new ManualTicker();

  @Test
  void finalStepCarriesReturnLengthAndSeconds() {
    var env = new RecordEpisodeStatistics<>(new CountingEnv(3), 10, ticker);
    ticker.setSeconds(1.0);
    env.reset(0);
    Step<int[]> first = env.step(1);
    Step<int[]> second = env.step(0);
    ticker.setSeconds(3.5);
    Step<int[]> last = env.step(1);
    assertThat(first.info()).doesNotContainKey("episode");
    assertThat(second.info()).doesNotContainKey("episode");
    assertThat(last.info()).containsEntry("t", 3)
        .containsEntry(RecordEpisodeStatistics.INFO_KEY, new EpisodeStatistics(1.0 + 0.0 + 1.0, 3, 2.5));
    assertThat(env.recentEpisodes()).containsExactly(new EpisodeStatistics(2.0, 3, 2.5));
    assertThat(env.episodeCount()).isEqualTo(1);
  }

  @Test
  void truncatedEpisodesAreRecordedWhenOutsideTheTimeLimit() {
    var env = new RecordEpisodeStatistics<>(new TimeLimit<>(new CountingEnv(99), 2), 10, ticker);
    env.reset(0);
    env.step(1);
    Step<int[]> last = env.step(1);
    assertThat(last.truncated()).isTrue();
    assertThat(last.info()).containsEntry("episode", new EpisodeStatistics(2.0, 2, 0.0));
  }

  @Test
  void resetMidEpisodeStartsTheCountsAgain() {
    var env = new RecordEpisodeStatistics<>(new CountingEnv(2), 10, ticker);
    env.reset(0);
    env.step(1);
    env.reset();
    env.step(0);
    assertThat(env.step(0).info()).containsEntry("episode", new EpisodeStatistics(0.0, 2, 0.0));
  }

  @Test
  void keepsOnlyTheLastBufferLengthEpisodes() {
    var env = new RecordEpisodeStatistics<>(new CountingEnv(1), 2, ticker);
    env.reset(0);
    env.step(0);
    env.reset();
    env.step(1);
    env.reset();
    env.step(1);
    assertThat(env.recentEpisodes()).extracting(EpisodeStatistics::episodeReturn).containsExactly(1.0, 1.0);
    assertThat(env.episodeCount()).isEqualTo(3);
    assertThat(env.bufferLength()).isEqualTo(2);
  }

  @Test
  void systemTickerMeasuresRealTime() {
    var env = new RecordEpisodeStatistics<>(new CountingEnv(1));
    env.reset(0);
    var stats = (EpisodeStatistics) env.step(1).info().get("episode");
    assertThat(stats.seconds()).isBetween(0.0, 5.0);
    assertThat(env.bufferLength()).isEqualTo(RecordEpisodeStatistics.DEFAULT_BUFFER_LENGTH);
  }

  @Test
  void validatesArguments() {
    assertThatThrownBy(() -> new RecordEpisodeStatistics<>(new CountingEnv(1), 0, Ticker.systemTicker()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("buffer_length must be positive, found 0");
    assertThatThrownBy(() -> new RecordEpisodeStatistics<>(new CountingEnv(1), 1, null))
        .isInstanceOf(NullPointerException.class).hasMessage("ticker");
    assertThatThrownBy(() -> new EpisodeStatistics(1.0, 0, 0.0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("length must be positive, found 0");
    assertThatThrownBy(() -> new EpisodeStatistics(1.0, 1, -1.0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("seconds must be a finite number >= 0, found -1.0");
  }

  @Test
  void statisticsAreHandComputedOverSeveralEpisodes() {
    var env = new RecordEpisodeStatistics<>(new CountingEnv(2), 10, ticker);
    env.reset(0);
    env.step(1);
    env.step(1);
    env.reset();
    env.step(0);
    env.step(1);
    assertThat(env.recentEpisodes()).extracting(EpisodeStatistics::episodeReturn)
        .containsExactly(2.0, 1.0);
    double mean = env.recentEpisodes().stream().mapToDouble(EpisodeStatistics::episodeReturn).average().orElseThrow();
    assertThat(mean).isCloseTo(1.5, within(1e-12));
  }
}
