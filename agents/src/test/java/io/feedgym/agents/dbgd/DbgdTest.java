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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DbgdTest {
  private static final int K = 10;
  private final Feed feed = new Feed(FeedConfig.defaults());

  private SlateQ<FeedObservation, FeedTransition> model(long seed) {
    return SlateQ.feed(SlateQConfig.defaults(), (FeedObservationSpace) feed.observationSpace(),
        (Slate) feed.actionSpace(), seed, 1_000);
  }

  private static DbgdConfig config(double alpha, int pages) {
    DbgdConfig d = DbgdConfig.defaults();
    return new DbgdConfig(alpha, d.eta(), d.interleaving(), d.piTau(), pages, d.credit(), d.minDwell(), 1);
  }

  /** Clicks exactly the positions that {@code team} contributed to the page last served. */
  private static boolean[] clicksOf(Dbgd<?> dbgd, Interleaved.Team team) {
    return clicksOf(dbgd, team.ordinal());
  }

  /** Clicks exactly the positions that ranking {@code team} (0 the current network) contributed. */
  private static boolean[] clicksOf(Dbgd<?> dbgd, int team) {
    int[] teams = dbgd.pendingTeams();
    boolean[] clicked = new boolean[teams.length];
    for (int p = 0; p < clicked.length; p++) {
      clicked[p] = teams[p] == team;
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

  @ParameterizedTest(name = "explorers = {0}")
  @ValueSource(ints = {1, 3})
  void aResumedComparisonContinuesExactly(int explorers, @TempDir Path dir) throws Exception {
    var model = model(7);
    Dbgd<FeedObservation> dbgd = new Dbgd<>(withExplorers(config(0.1, 2), explorers), model, 11);
    FeedObservation page = feed.reset(3).observation();
    dbgd.serve(page, K);
    credit(dbgd, clicksOf(dbgd, Interleaved.Team.B));
    model.save(dir);
    dbgd.save(dir);
    int[] straight = play(dbgd, page);
    float[] straightParams = model.parameters().toFloatVector();

    var resumedModel = model(99);
    Dbgd<FeedObservation> resumed = new Dbgd<>(withExplorers(config(0.1, 2), explorers), resumedModel, 12345);
    resumedModel.load(dir);
    resumed.load(dir);
    assertThat(play(resumed, page)).containsExactly(straight);
    assertThat(resumedModel.parameters().toFloatVector()).containsExactly(straightParams);
  }

  @Test
  void multileaveMovesTowardTheMeanOfTheWinningExplorers() {
    int[][] winners = {{1}, {3}, {1, 3}};
    float[][] steps = new float[winners.length][];
    float[] before = null;
    for (int run = 0; run < winners.length; run++) {
      var model = model(7);
      before = model.parameters().toFloatVector();
      Dbgd<FeedObservation> dbgd = new Dbgd<>(withExplorers(config(0.1, 1), 3), model, 11);
      dbgd.serve(feed.reset(3).observation(), K);
      int[] teams = dbgd.pendingTeams();
      assertThat(teams).as("10 positions drafted by 4 teams").contains(0, 1, 2, 3);
      boolean[] clicked = new boolean[K];
      int[] won = winners[run];
      for (int p = 0; p < K; p++) {
        int team = teams[p];
        clicked[p] = java.util.Arrays.stream(won).anyMatch(w -> w == team);
      }
      assertThat(credit(dbgd, clicked)).containsEntry("dbgd/explorer_won", 1.0)
          .containsEntry("dbgd/winners", (double) winners[run].length);
      steps[run] = model.parameters().toFloatVector();
      for (int i = 0; i < before.length; i++) {
        steps[run][i] -= before[i];
      }
    }
    // The same seed draws the same three explorers each run; clicks only choose the winners B. Mean-winner MGD:
    // W ← W + η · mean_{j ∈ B} U_j ⊙ W, so the step for B = {1, 3} is the mean of the steps for {1} and {3}.
    assertThat(steps[0]).isNotEqualTo(steps[1]);
    for (int i = 0; i < before.length; i++) {
      float tolerance = 1e-6f * (1 + Math.abs(before[i]));
      assertThat(steps[2][i]).isCloseTo((steps[0][i] + steps[1][i]) / 2, org.assertj.core.data.Offset.offset(tolerance));
    }
  }

  @Test
  void aMultileavedComparisonWithoutWinnersLeavesTheWeightsUnchanged() {
    var model = model(7);
    float[] before = model.parameters().toFloatVector();
    Dbgd<FeedObservation> dbgd = new Dbgd<>(withExplorers(config(0.1, 1), 3), model, 11);
    dbgd.serve(feed.reset(3).observation(), K);
    // The current network's items and explorer 2's clicked once each: explorer 2 ties, 1 and 3 lose.
    int[] teams = dbgd.pendingTeams();
    boolean[] clicked = new boolean[K];
    clicked[java.util.stream.IntStream.range(0, K).filter(p -> teams[p] == 0).findFirst().orElseThrow()] = true;
    clicked[java.util.stream.IntStream.range(0, K).filter(p -> teams[p] == 2).findFirst().orElseThrow()] = true;
    assertThat(credit(dbgd, clicked)).containsEntry("dbgd/explorer_won", 0.0).containsEntry("dbgd/winners", 0.0);
    assertThat(model.parameters().toFloatVector()).containsExactly(before);
  }

  private static DbgdConfig withExplorers(DbgdConfig d, int explorers) {
    return new DbgdConfig(d.alpha(), d.eta(), d.interleaving(), d.piTau(), d.comparisonPages(), d.credit(),
        d.minDwell(), explorers);
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
    DbgdConfig longClicks = new DbgdConfig(d.alpha(), d.eta(), d.interleaving(), d.piTau(), 1, Credit.LONG_CLICKS, 18, 1);
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
    return new DbgdConfig(d.alpha(), d.eta(), d.interleaving(), d.piTau(), 1, credit, d.minDwell(), 1);
  }

  @Test
  void misuseAndDegenerateConfigsFailWithTheParameterNamed() {
    assertThatThrownBy(() -> config(0, 1)).hasMessageContaining("alpha must be in (0, 1]");
    assertThatThrownBy(() -> config(0.1, 0)).hasMessage("comparison_pages must be >= 1, found 0");
    assertThatThrownBy(() -> withExplorers(config(0.1, 1), 0)).hasMessage("explorers must be >= 1, found 0");
    DbgdConfig d = DbgdConfig.defaults();
    assertThatThrownBy(() -> new DbgdConfig(d.alpha(), d.eta(), DbgdConfig.Method.PROBABILISTIC, d.piTau(), 1,
        d.credit(), d.minDwell(), 2)).hasMessageContaining("interleaving must be team-draft, found probabilistic");
    Dbgd<FeedObservation> dbgd = new Dbgd<>(config(0.1, 1), model(7), 11);
    assertThatThrownBy(() -> credit(dbgd, new boolean[K])).hasMessageContaining("without a page served");
    FeedObservation page = feed.reset(3).observation();
    dbgd.serve(page, K);
    assertThatThrownBy(() -> dbgd.serve(page, K)).hasMessageContaining("before the clicks");
  }
}
