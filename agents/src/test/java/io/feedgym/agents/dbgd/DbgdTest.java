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
import io.feedgym.policies.interleaving.Outcome;
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

  /** Gives {@code clicked} as the page's clicks, every one of them long. */
  private static java.util.Map<String, Double> credit(Dbgd<?> dbgd, boolean[] clicked) {
    return dbgd.feedback(clicked, clicked);
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
      assertThat(credit(dbgd, clicksOf(dbgd, Interleaved.Team.B))).containsEntry("dbgd/explorer_won", 1.0);
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
    assertThat(credit(dbgd, clicksOf(dbgd, Interleaved.Team.A))).containsEntry("dbgd/explorer_won", 0.0);
    dbgd.serve(page, K);
    assertThat(credit(dbgd, new boolean[K])).containsEntry("dbgd/explorer_won", 0.0);
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
    assertThat(credit(dbgd, clicksOf(dbgd, Interleaved.Team.B))).isEmpty();
    dbgd.serve(page, K);
    assertThat(credit(dbgd, new boolean[K])).isEmpty();
    dbgd.serve(page, K);
    assertThat(credit(dbgd, new boolean[K])).containsEntry("dbgd/explorer_won", 1.0);
    assertThat(model.parameters().toFloatVector()).isNotEqualTo(before);
  }

  @Test
  void aResumedComparisonContinuesExactly(@TempDir Path dir) throws Exception {
    var model = model(7);
    Dbgd<FeedObservation> dbgd = new Dbgd<>(config(0.1, 2), model, 11);
    FeedObservation page = feed.reset(3).observation();
    dbgd.serve(page, K);
    credit(dbgd, clicksOf(dbgd, Interleaved.Team.B));
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
      credit(dbgd, clicksOf(dbgd, Interleaved.Team.B));
    }
    return shown;
  }

  @Test
  void longClicksCreditOnlyClicksWithEnoughDwell() {
    DbgdConfig d = DbgdConfig.defaults();
    DbgdConfig longClicks = new DbgdConfig(d.alpha(), d.eta(), d.interleaving(), d.piTau(), 1, Credit.LONG_CLICKS, 18);
    int shortClicks = 0;
    int longOnes = 0;
    for (long seed = 0; seed < 20; seed++) {
      FeedObservation page = feed.reset(seed).observation();
      int[] slate = java.util.stream.IntStream.range(0, page.mask().length).filter(c -> page.mask()[c]).limit(K)
          .toArray();
      Feedback feedback = (Feedback) feed.step(slate).info().get(Feedback.INFO_KEY);
      boolean[] all = DbgdConfig.clicked(feedback);
      boolean[] long18 = longClicks.longClicked(feedback);
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
  void eachCreditDecidesTheWinnerFromItsOwnClicks() {
    Outcome moreClicks = new Outcome(2, 3);
    Outcome equal = new Outcome(1, 1);
    Outcome fewer = new Outcome(2, 1);
    assertThat(withCredit(Credit.CLICKS).explorerWins(moreClicks, fewer)).isTrue();
    assertThat(withCredit(Credit.CLICKS).explorerWins(equal, moreClicks)).isFalse();
    assertThat(withCredit(Credit.LONG_CLICKS).explorerWins(moreClicks, fewer)).isFalse();
    assertThat(withCredit(Credit.LONG_CLICKS).explorerWins(equal, moreClicks)).isTrue();
    DbgdConfig pareto = withCredit(Credit.PARETO);
    assertThat(pareto.explorerWins(moreClicks, moreClicks)).isTrue();
    assertThat(pareto.explorerWins(moreClicks, equal)).isTrue();
    assertThat(pareto.explorerWins(equal, moreClicks)).isTrue();
    assertThat(pareto.explorerWins(moreClicks, fewer)).isFalse();
    assertThat(pareto.explorerWins(fewer, moreClicks)).isFalse();
    assertThat(pareto.explorerWins(equal, equal)).isFalse();
  }

  @Test
  void paretoCreditMovesOnlyWhenTheExplorerLosesOnNeitherClicksNorLongClicks() {
    var model = model(7);
    float[] before = model.parameters().toFloatVector();
    Dbgd<FeedObservation> dbgd = new Dbgd<>(withCredit(Credit.PARETO), model, 11);
    FeedObservation page = feed.reset(3).observation();
    dbgd.serve(page, K);
    // Every explorer item clicked briefly and one of the current network's long: more clicks, fewer long ones.
    boolean[] clicked = clicksOf(dbgd, Interleaved.Team.B);
    boolean[] longClicked = new boolean[K];
    int current = java.util.stream.IntStream.range(0, K).filter(p -> !clicked[p]).findFirst().orElseThrow();
    clicked[current] = true;
    longClicked[current] = true;
    assertThat(dbgd.feedback(clicked, longClicked)).containsEntry("dbgd/explorer_won", 0.0);
    assertThat(model.parameters().toFloatVector()).containsExactly(before);
    dbgd.serve(page, K);
    boolean[] explorer = clicksOf(dbgd, Interleaved.Team.B);
    assertThat(dbgd.feedback(explorer, new boolean[K])).containsEntry("dbgd/explorer_won", 1.0);
    assertThat(model.parameters().toFloatVector()).isNotEqualTo(before);
    dbgd.serve(page, K);
    assertThatThrownBy(() -> dbgd.feedback(new boolean[K], explorer)).hasMessageContaining("is not clicked");
  }

  private static DbgdConfig withCredit(Credit credit) {
    DbgdConfig d = DbgdConfig.defaults();
    return new DbgdConfig(d.alpha(), d.eta(), d.interleaving(), d.piTau(), 1, credit, d.minDwell());
  }

  @Test
  void misuseAndDegenerateConfigsFailWithTheParameterNamed() {
    assertThatThrownBy(() -> config(0, 1)).hasMessageContaining("alpha must be in (0, 1]");
    assertThatThrownBy(() -> config(0.1, 0)).hasMessage("comparison_pages must be >= 1, found 0");
    Dbgd<FeedObservation> dbgd = new Dbgd<>(config(0.1, 1), model(7), 11);
    assertThatThrownBy(() -> credit(dbgd, new boolean[K])).hasMessageContaining("without a page served");
    FeedObservation page = feed.reset(3).observation();
    dbgd.serve(page, K);
    assertThatThrownBy(() -> dbgd.serve(page, K)).hasMessageContaining("before the clicks");
  }
}
