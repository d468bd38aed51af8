package io.feedgym.agents.dbgd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedgym.agents.slateq.SlateQ;
import io.feedgym.agents.slateq.SlateQConfig;
import io.feedgym.env.feed.Feed;
import io.feedgym.env.feed.FeedConfig;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feed.FeedObservationSpace;
import io.feedgym.env.feedback.Feedback;
import io.feedgym.env.feedback.PositionFeedback;
import io.feedgym.env.spaces.Slate;
import io.feedgym.agents.dbgd.DbgdConfig.Credit;
import io.feedgym.policies.interleaving.Interleaved;
import io.feedgym.replay.feed.FeedTransition;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DbgdTest {
  private static final int K = 10;
  private final Feed feed = new Feed(FeedConfig.defaults());

  private SlateQ<FeedObservation, FeedTransition> model(long seed) {
    return SlateQ.feed(SlateQConfig.defaults(), (FeedObservationSpace) feed.observationSpace(),
        (Slate) feed.actionSpace(), seed, 1_000);
  }

  private static DbgdConfig config(double alpha, int pages) {
    DbgdConfig d = DbgdConfig.defaults();
    return new DbgdConfig(alpha, d.eta(), d.interleaving(), d.piTau(), pages, d.credit(), d.minDwell());
  }

  /** Clicks exactly the positions that {@code team} contributed to the page last served. */
  private static boolean[] clicksOf(Dbgd<?> dbgd, Interleaved.Team team) {
    Interleaved shown = dbgd.pending();
    boolean[] clicked = new boolean[shown.k()];
    for (int p = 0; p < clicked.length; p++) {
      clicked[p] = shown.team(p) == team;
    }
    return clicked;
  }

  @Test
  void rankingSortsAvailableCandidatesByScoreWithTiesToTheLowerIndex() {
    double ninf = Double.NEGATIVE_INFINITY;
    assertThat(Dbgd.ranking(new double[] {0.5, ninf, 2.0, 0.5, -1.0})).containsExactly(2, 0, 3, 4);
  }

  @Test
  void aWinningExplorerMovesTheWeightsByEtaTimesTheDirectionWhateverAlpha() {
    float[][] after = new float[2][];
    double[] alphas = {0.1, 0.4};
    float[] before = null;
    for (int run = 0; run < 2; run++) {
      var model = model(7);
      before = model.parameters().toFloatVector();
      Dbgd<FeedObservation> dbgd = new Dbgd<>(config(alphas[run], 1), model, 11);
      FeedObservation page = feed.reset(3).observation();
      assertThat(dbgd.serve(page, K)).hasSize(K).doesNotHaveDuplicates();
      assertThat(dbgd.feedback(clicksOf(dbgd, Interleaved.Team.B))).containsEntry("dbgd/explorer_won", 1.0);
      after[run] = model.parameters().toFloatVector();
    }
    // W ← W + η U ⊙ W: the same U (same seed) gives the same step for any α, and |step_i| ≤ η |W_i|.
    assertThat(after[0]).containsExactly(after[1]);
    int moved = 0;
    for (int i = 0; i < before.length; i++) {
      float step = after[0][i] - before[i];
      assertThat(Math.abs(step)).isLessThanOrEqualTo((float) (0.05 * Math.abs(before[i]) * 1.0001 + 1e-7));
      moved += step != 0 ? 1 : 0;
    }
    assertThat(moved).isGreaterThan(before.length / 2);
  }

  @Test
  void aLosingOrTiedExplorerLeavesTheWeightsUnchanged() {
    var model = model(7);
    float[] before = model.parameters().toFloatVector();
    Dbgd<FeedObservation> dbgd = new Dbgd<>(config(0.1, 1), model, 11);
    FeedObservation page = feed.reset(3).observation();
    dbgd.serve(page, K);
    assertThat(dbgd.feedback(clicksOf(dbgd, Interleaved.Team.A))).containsEntry("dbgd/explorer_won", 0.0);
    dbgd.serve(page, K);
    assertThat(dbgd.feedback(new boolean[K])).containsEntry("dbgd/explorer_won", 0.0);
    assertThat(model.parameters().toFloatVector()).containsExactly(before);
    assertThat(dbgd.comparisons()).isEqualTo(2);
    assertThat(dbgd.explorerWins()).isZero();
  }

  @Test
  void creditsAreSummedOverTheComparisonPages() {
    var model = model(7);
    float[] before = model.parameters().toFloatVector();
    Dbgd<FeedObservation> dbgd = new Dbgd<>(config(0.1, 3), model, 11);
    FeedObservation page = feed.reset(3).observation();
    dbgd.serve(page, K);
    assertThat(dbgd.feedback(clicksOf(dbgd, Interleaved.Team.B))).isEmpty();
    dbgd.serve(page, K);
    assertThat(dbgd.feedback(new boolean[K])).isEmpty();
    dbgd.serve(page, K);
    assertThat(dbgd.feedback(new boolean[K])).containsEntry("dbgd/explorer_won", 1.0);
    assertThat(model.parameters().toFloatVector()).isNotEqualTo(before);
  }

  @Test
  void aResumedComparisonContinuesExactly(@TempDir Path dir) throws Exception {
    var model = model(7);
    Dbgd<FeedObservation> dbgd = new Dbgd<>(config(0.1, 2), model, 11);
    FeedObservation page = feed.reset(3).observation();
    dbgd.serve(page, K);
    dbgd.feedback(clicksOf(dbgd, Interleaved.Team.B));
    model.save(dir);
    dbgd.save(dir);
    int[] straight = play(dbgd, page);
    float[] straightParams = model.parameters().toFloatVector();

    var resumedModel = model(99);
    Dbgd<FeedObservation> resumed = new Dbgd<>(config(0.1, 2), resumedModel, 12345);
    resumedModel.load(dir);
    resumed.load(dir);
    assertThat(play(resumed, page)).containsExactly(straight);
    assertThat(resumedModel.parameters().toFloatVector()).containsExactly(straightParams);
  }

  /** Three more pages: the shown slates, the last comparison won by the explorer. */
  private static int[] play(Dbgd<FeedObservation> dbgd, FeedObservation page) {
    int[] shown = new int[3 * K];
    for (int i = 0; i < 3; i++) {
      System.arraycopy(dbgd.serve(page, K), 0, shown, i * K, K);
      dbgd.feedback(clicksOf(dbgd, Interleaved.Team.B));
    }
    return shown;
  }

  @Test
  void longClicksCreditOnlyClicksWithEnoughDwell() {
    DbgdConfig d = DbgdConfig.defaults();
    DbgdConfig clicks = new DbgdConfig(d.alpha(), d.eta(), d.interleaving(), d.piTau(), 1, Credit.CLICKS, 18);
    DbgdConfig longClicks = new DbgdConfig(d.alpha(), d.eta(), d.interleaving(), d.piTau(), 1, Credit.LONG_CLICKS, 18);
    int shortClicks = 0;
    int longOnes = 0;
    for (long seed = 0; seed < 20; seed++) {
      FeedObservation page = feed.reset(seed).observation();
      int[] slate = java.util.stream.IntStream.range(0, page.mask().length).filter(c -> page.mask()[c]).limit(K)
          .toArray();
      Feedback feedback = (Feedback) feed.step(slate).info().get(Feedback.INFO_KEY);
      boolean[] all = clicks.credited(feedback);
      boolean[] long18 = longClicks.credited(feedback);
      for (PositionFeedback p : feedback.positions()) {
        assertThat(all[p.position()]).isEqualTo(p.clicked());
        assertThat(long18[p.position()]).isEqualTo(p.clicked() && p.dwell() >= 18);
        shortClicks += p.clicked() && p.dwell() < 18 ? 1 : 0;
        longOnes += long18[p.position()] ? 1 : 0;
      }
    }
    assertThat(shortClicks).isPositive();
    assertThat(longOnes).isPositive();
  }

  @Test
  void misuseAndDegenerateConfigsFailWithTheParameterNamed() {
    assertThatThrownBy(() -> config(0, 1)).hasMessageContaining("alpha must be in (0, 1]");
    assertThatThrownBy(() -> config(0.1, 0)).hasMessage("comparison_pages must be >= 1, found 0");
    Dbgd<FeedObservation> dbgd = new Dbgd<>(config(0.1, 1), model(7), 11);
    assertThatThrownBy(() -> dbgd.feedback(new boolean[K])).hasMessageContaining("without a page served");
    FeedObservation page = feed.reset(3).observation();
    dbgd.serve(page, K);
    assertThatThrownBy(() -> dbgd.serve(page, K)).hasMessageContaining("before the clicks");
  }
}
