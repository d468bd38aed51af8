package io.feedgym.agents.dbgd;

import io.feedgym.agents.slateq.ExplorerNetwork;
import io.feedgym.agents.slateq.SlateQ;
import io.feedgym.io.StateFile;
import io.feedgym.policies.interleaving.Interleaved;
import io.feedgym.policies.interleaving.Interleaving;
import io.feedgym.policies.interleaving.Multileaved;
import io.feedgym.policies.interleaving.Outcome;
import io.feedgym.policies.interleaving.ProbabilisticInterleaving;
import io.feedgym.policies.interleaving.TeamDraftInterleaving;
import io.feedgym.policies.interleaving.TeamDraftMultileaving;
import io.feedgym.random.SplitMix;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Dueling Bandit Gradient Descent (Yue &amp; Joachims 2009, "Interactively optimizing information retrieval
 * systems as a dueling bandits problem", ICML, Algorithm 2) on the parameters W of a SlateQ item network, as
 * DRN's exploration and minor update (Zheng et al. 2018, Sec. 4.5, Fig. 5). For each comparison an explorer
 * W̃ = W + ΔW with ΔW = α · U ⊙ W, U uniform in [−1, 1] per weight, is drawn; on every page both networks
 * rank the available candidates, the rankings are interleaved into the page shown, and clicks are credited
 * to each side (every click, and the long ones apart). After {@code comparison_pages} pages, if the explorer
 * wins under the configured credit (more clicks, more long clicks, or both in the Pareto sense) the current
 * network steps toward it: W ← W + η · U ⊙ W. This is DBGD's update w ← w + γ u for the exploration
 * direction u = U ⊙ W probed at distance δ = α, with exploit step γ = η; DRN prints it as "W′ = W + η W̃".
 * A tie (no clicks, or equal credit) leaves W unchanged.
 *
 * <p>With {@code explorers} = m &gt; 1 it is Multileave Gradient Descent (Schuth, Oosterhuis, Whiteson &amp; de
 * Rijke 2016, "Multileave gradient descent for fast online learning to rank", WSDM, Algorithm 1 with the
 * mean-winner update): m explorers W + α · U_j ⊙ W are drawn, the m + 1 rankings are team-draft multileaved
 * ({@link TeamDraftMultileaving}), the winners B are the explorers that beat the current network under the
 * credit, and W ← W + η · (1/|B|) Σ_{j∈B} U_j ⊙ W when B is not empty. Not thread-safe.
 *
 * @param <O> the observation type
 */
public final class Dbgd<O> {
  private static final String STATE_FILE = "dbgd_state.properties";

  private final DbgdConfig config;
  private final SlateQ<O, ?> model;
  private final List<ExplorerNetwork<O>> explorers = new ArrayList<>();
  private final Interleaving interleaving;
  private final TeamDraftMultileaving multileaving = new TeamDraftMultileaving();
  private SplitMix perturbation;
  private SplitMix coins;
  /** α · U_j ⊙ W of each current explorer, or null when none is drawn. */
  private float[][] directions;
  private SplitMix.State drawnFrom;
  private Page pending;
  /** The comparison's credit so far per ranking (the current network first): every click, and the long ones. */
  private double[] clicks;
  private double[] longClicks;
  private int comparedPages;
  private long comparisons;
  private long explorerWins;

  /** A page served: its items, the ranking (0 the current network, j explorer j) each came from, its credit. */
  private record Page(int[] items, int[] teams, Function<boolean[], double[]> credit) {}

  /** DBGD on {@code model}'s online network; {@code seed} drives the perturbations and the interleaving. */
  public Dbgd(DbgdConfig config, SlateQ<O, ?> model, long seed) {
    this.config = config;
    this.model = model;
    for (int j = 0; j < config.explorers(); j++) {
      explorers.add(model.newExplorer());
    }
    this.interleaving = config.interleaving() == DbgdConfig.Method.TEAM_DRAFT ? new TeamDraftInterleaving()
        : new ProbabilisticInterleaving(config.piTau());
    SplitMix seeds = new SplitMix(seed);
    this.perturbation = seeds.split();
    this.coins = seeds.split();
    resetCredit();
  }

  /** The {@code k} candidates to show on {@code page}: the current and explorer rankings, interleaved. */
  public int[] serve(O page, int k) {
    if (pending != null) {
      throw new IllegalStateException("serve() called again before the clicks of the last page were given");
    }
    if (directions == null) {
      drawExplorers();
    }
    int[] current = ranking(model.rankingScores(page));
    if (explorers.size() == 1) {
      Interleaved shown = interleaving.interleave(current, ranking(explorers.get(0).scores(page)), k, coins);
      int[] teams = Arrays.stream(shown.teams()).mapToInt(Interleaved.Team::ordinal).toArray();
      pending = new Page(shown.items(), teams, clicked -> {
        Outcome outcome = interleaving.credit(shown, clicked);
        return new double[] {outcome.creditA(), outcome.creditB()};
      });
    } else {
      List<int[]> rankings = new ArrayList<>();
      rankings.add(current);
      for (ExplorerNetwork<O> explorer : explorers) {
        rankings.add(ranking(explorer.scores(page)));
      }
      Multileaved shown = multileaving.multileave(rankings, k, coins);
      pending = new Page(shown.items(), shown.teams(), clicked -> multileaving.credit(shown, clicked));
    }
    return pending.items().clone();
  }

  /**
   * Credits the clicks on the page last served ({@code clicked} per position, {@code longClicked} those with a
   * long dwell, a subset) and, after a comparison's last page, moves W toward the explorers that win under the
   * configured credit ({@link DbgdConfig#explorerWins}); returns the comparison's metrics when one ended.
   */
  public Map<String, Double> feedback(boolean[] clicked, boolean[] longClicked) {
    if (pending == null) {
      throw new IllegalStateException("feedback() called without a page served");
    }
    double[] pageClicks = pending.credit().apply(clicked);
    double[] pageLongClicks = pending.credit().apply(longClicked);
    for (int p = 0; p < longClicked.length; p++) {
      if (longClicked[p] && !clicked[p]) {
        throw new IllegalArgumentException("longClicked position " + p + " is not clicked");
      }
    }
    for (int r = 0; r < clicks.length; r++) {
      clicks[r] += pageClicks[r];
      longClicks[r] += pageLongClicks[r];
    }
    pending = null;
    if (++comparedPages < config.comparisonPages()) {
      return Map.of();
    }
    List<float[]> winners = new ArrayList<>();
    for (int j = 0; j < directions.length; j++) {
      if (config.explorerWins(new Outcome(clicks[0], clicks[j + 1]), new Outcome(longClicks[0], longClicks[j + 1]))) {
        winners.add(directions[j]);
      }
    }
    if (!winners.isEmpty()) {
      float[] w = model.parameters().toFloatVector();
      for (int i = 0; i < w.length; i++) {
        float sum = 0;
        for (float[] direction : winners) {
          sum += direction[i];
        }
        w[i] += (float) (config.eta() / config.alpha()) * (sum / winners.size());
      }
      model.parameters().assign(Nd4j.create(w));
      model.parametersChanged();
      explorerWins++;
    }
    comparisons++;
    parametersChanged();
    return Map.of("dbgd/explorer_won", winners.isEmpty() ? 0.0 : 1.0, "dbgd/winners", (double) winners.size(),
        "dbgd/win_rate", explorerWins / (double) comparisons);
  }

  /** Drops the explorers and the comparison under way, after W changed elsewhere (a major update). */
  public void parametersChanged() {
    directions = null;
    resetCredit();
    comparedPages = 0;
  }

  /** The ranking each position of the page last served came from (0 the current network, j explorer j). */
  int[] pendingTeams() {
    return pending == null ? null : pending.teams().clone();
  }

  /** The configuration. */
  public DbgdConfig config() {
    return config;
  }

  /** Comparisons decided so far. */
  public long comparisons() {
    return comparisons;
  }

  /** Comparisons after which W moved: some explorer won. */
  public long explorerWins() {
    return explorerWins;
  }

  private void resetCredit() {
    clicks = new double[explorers.size() + 1];
    longClicks = new double[explorers.size() + 1];
  }

  /** Draws U_j and sets explorer j to W + α · U_j ⊙ W; {@code directions[j]} holds α · U_j ⊙ W. */
  private void drawExplorers() {
    drawnFrom = perturbation.state();
    float[] w = model.parameters().toFloatVector();
    directions = new float[explorers.size()][];
    for (int j = 0; j < directions.length; j++) {
      float[] direction = new float[w.length];
      float[] probe = new float[w.length];
      for (int i = 0; i < w.length; i++) {
        direction[i] = (float) (config.alpha() * (2 * perturbation.nextDouble() - 1) * w[i]);
        probe[i] = w[i] + direction[i];
      }
      directions[j] = direction;
      explorers.get(j).setParameters(Nd4j.create(probe));
    }
  }

  /** The available candidates (finite score) by decreasing score, ties to the lower index. */
  static int[] ranking(double[] scores) {
    return IntStream.range(0, scores.length).filter(c -> scores[c] != Double.NEGATIVE_INFINITY).boxed()
        .sorted((a, b) -> {
          int byScore = Double.compare(scores[b], scores[a]);
          return byScore != 0 ? byScore : Integer.compare(a, b);
        })
        .mapToInt(Integer::intValue).toArray();
  }

  /** Writes the random streams, the comparison under way and the counters into checkpoint directory {@code dir}. */
  public void save(Path dir) throws IOException {
    if (pending != null) {
      throw new IllegalStateException("cannot checkpoint DBGD between serving a page and its clicks");
    }
    StateFile file = StateFile.create(dir.resolve(STATE_FILE))
        .put("perturbation_random", perturbation.state())
        .put("coin_random", coins.state())
        .put("has_explorer", directions == null ? 0 : 1)
        .put("compared_pages", comparedPages)
        .put("comparisons", comparisons)
        .put("explorer_wins", explorerWins);
    for (int r = 0; r < clicks.length; r++) {
      file.put("credit_" + r, clicks[r]).put("long_credit_" + r, longClicks[r]);
    }
    if (directions != null) {
      file.put("explorer_drawn_from", drawnFrom);
    }
    file.write("DBGD random streams and comparison");
  }

  /**
   * Restores what {@link #save} wrote; call after the model's parameters are loaded, since the explorer
   * under way is redrawn around them.
   */
  public void load(Path dir) throws IOException {
    StateFile file = StateFile.read(dir.resolve(STATE_FILE));
    boolean hasExplorer = file.getLong("has_explorer", 0) == 1;
    coins = SplitMix.restore(file.getRandom("coin_random"));
    resetCredit();
    for (int r = 0; r < clicks.length; r++) {
      clicks[r] = file.getDouble("credit_" + r);
      longClicks[r] = file.getDouble("long_credit_" + r);
    }
    comparedPages = (int) file.getLong("compared_pages", 0);
    comparisons = file.getLong("comparisons", 0);
    explorerWins = file.getLong("explorer_wins", 0);
    pending = null;
    directions = null;
    if (hasExplorer) {
      perturbation = SplitMix.restore(file.getRandom("explorer_drawn_from"));
      drawExplorers();
    }
    perturbation = SplitMix.restore(file.getRandom("perturbation_random"));
  }
}
