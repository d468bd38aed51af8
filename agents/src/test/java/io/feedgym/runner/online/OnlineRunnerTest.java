package io.feedgym.runner.online;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedgym.agents.dbgd.Dbgd;
import io.feedgym.agents.dbgd.DbgdConfig;
import io.feedgym.agents.dbgd.Drn;
import io.feedgym.agents.slateq.SlateQ;
import io.feedgym.agents.slateq.SlateQConfig;
import io.feedgym.env.feed.Feed;
import io.feedgym.env.feed.FeedConfig;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feed.FeedObservationSpace;
import io.feedgym.env.registry.Envs;
import io.feedgym.env.spaces.Slate;
import io.feedgym.rewards.builtin.SurvivalActiveness;
import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnlineRunnerTest {
  private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

  private static OnlineConfig config(int days) {
    return new OnlineConfig(days, 4, 300, 1, 3, 1000, 0.05, SurvivalActiveness.defaults());
  }

  private static List<DayStats> run(OnlineMode mode, int days, Optional<Path> dir) throws IOException {
    try (Feed feed = new Feed(FeedConfig.defaults())) {
      SlateQ<FeedObservation, ?> model = SlateQ.feed(SlateQConfig.defaults(),
          (FeedObservationSpace) feed.observationSpace(), (Slate) feed.actionSpace(), 5, 300);
      Dbgd<FeedObservation> dbgd = mode == OnlineMode.MINOR_MAJOR ? new Dbgd<>(DbgdConfig.defaults(), model, 6) : null;
      var learner = new Drn<>(mode, model, dbgd, 10, 1, 3);
      return new OnlineRunner(config(days), feed, QUIET).run(learner, 9, dir, day -> {});
    }
  }

  @Test
  void everyModeMeetsTheSameUsersAndOnlyUpdatesChangeTheService() throws IOException {
    List<DayStats> frozen = run(OnlineMode.FROZEN, 2, Optional.empty());
    List<DayStats> major = run(OnlineMode.MAJOR, 2, Optional.empty());
    List<DayStats> drn = run(OnlineMode.MINOR_MAJOR, 2, Optional.empty());
    assertThat(frozen).hasSize(2);
    assertThat(frozen.get(0).sessions()).isEqualTo(4);
    // Day 0: frozen and major serve the same pretrained model to the same users; DBGD interleaves.
    assertThat(major.get(0)).isEqualTo(frozen.get(0));
    assertThat(drn.get(0)).isNotEqualTo(frozen.get(0));
    assertThat(major.get(1)).isNotEqualTo(frozen.get(1));
    assertThat(drn.get(0).explorerWinRate()).isBetween(0.0, 1.0);
    assertThat(frozen.get(0).explorerWinRate()).isNaN();
    assertThat(run(OnlineMode.MINOR_MAJOR, 2, Optional.empty())).isEqualTo(drn);
  }

  @Test
  void aStreamResumedFromItsDailyCheckpointContinuesExactly(@TempDir Path dir) throws IOException {
    List<DayStats> straight = run(OnlineMode.MINOR_MAJOR, 3, Optional.empty());
    run(OnlineMode.MINOR_MAJOR, 2, Optional.of(dir));
    List<DayStats> resumed = run(OnlineMode.MINOR_MAJOR, 3, Optional.of(dir));
    assertThat(resumed).isEqualTo(straight);
  }

  @Test
  void onReturningFeedsTheRewardAddsBetaTimesTheActivenessAfterEachReturn() throws IOException {
    FeedConfig returning = (FeedConfig) Envs.config("feed-return-v0", Map.of("horizon_days", "5"));
    try (Feed feed = new Feed(returning)) {
      SlateQ<FeedObservation, ?> model = SlateQ.feed(SlateQConfig.defaults(),
          (FeedObservationSpace) feed.observationSpace(), (Slate) feed.actionSpace(), 5, 100);
      OnlineConfig beta = new OnlineConfig(1, 3, 0, 1, 0, 100, 0.5, SurvivalActiveness.defaults());
      DayStats day = new OnlineRunner(beta, feed, QUIET)
          .run(new Drn<>(OnlineMode.FROZEN, model, null, 10, 1, 0), 9, Optional.empty(), d -> {}).get(0);
      OnlineConfig noBeta = new OnlineConfig(1, 3, 0, 1, 0, 100, 0, SurvivalActiveness.defaults());
      DayStats clicksOnly = new OnlineRunner(noBeta, feed, QUIET)
          .run(new Drn<>(OnlineMode.FROZEN, model, null, 10, 1, 0), 9, Optional.empty(), d -> {}).get(0);
      // The same users and slates: the sessions of 3 users over 5 days; each known return adds 0.5 · S, S ∈ [0, 1].
      assertThat(day.sessions()).isGreaterThan(3).isEqualTo(clicksOnly.sessions());
      assertThat(clicksOnly.sessionReturn() * clicksOnly.sessions()).isEqualTo((double) clicksOnly.clicks());
      double bonus = (day.sessionReturn() - clicksOnly.sessionReturn()) * day.sessions();
      assertThat(bonus).isPositive().isLessThanOrEqualTo(0.5 * day.sessions());
    }
  }

  @Test
  void impossibleSchedulesNameTheParameter() {
    assertThatThrownBy(() -> new OnlineConfig(0, 4, 0, 1, 1, 100, 0.05, SurvivalActiveness.defaults()))
        .hasMessage("days must be >= 1, found 0");
    assertThatThrownBy(() -> new OnlineConfig(3, 4, 0, 0, 1, 100, 0.05, SurvivalActiveness.defaults()))
        .hasMessage("major_every_days must be >= 1, found 0");
    assertThatThrownBy(() -> new OnlineConfig(3, 4, 0, 1, 1, 100, Double.NaN, SurvivalActiveness.defaults()))
        .hasMessage("activeness_beta must be a finite number >= 0, found NaN");
  }
}
