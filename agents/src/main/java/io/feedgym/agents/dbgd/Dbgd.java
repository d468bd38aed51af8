package io.feedgym.agents.dbgd;

import io.feedgym.agents.slateq.ExplorerNetwork;
import io.feedgym.agents.slateq.SlateQ;
import io.feedgym.io.StateFile;
import io.feedgym.policies.interleaving.Interleaved;
import io.feedgym.policies.interleaving.Interleaving;
import io.feedgym.policies.interleaving.Outcome;
import io.feedgym.policies.interleaving.ProbabilisticInterleaving;
import io.feedgym.policies.interleaving.TeamDraftInterleaving;
import io.feedgym.random.SplitMix;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
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
 * A tie (no clicks, or equal credit) leaves W unchanged. Not thread-safe.
 *
 * @param <O> the observation type
 */
public final class Dbgd<O> {
  private static final String STATE_FILE = "dbgd_state.properties";

  private final DbgdConfig config;
  private final SlateQ<O, ?> model;
  private final ExplorerNetwork<O> explorer;
  private final Interleaving interleaving;
  private SplitMix perturbation;
  private SplitMix coins;
  /** U ⊙ W of the current explorer, or null when none is drawn. */
  private float[] direction;
  private SplitMix.State drawnFrom;
  private Interleaved pending;
  /** The comparison's credit so far: for every click, and for the long ones. */
  private Outcome clicks = Outcome.TIE;
  private Outcome longClicks = Outcome.TIE;
  private int comparedPages;
  private long comparisons;
  private long explorerWins;

  /** DBGD on {@code model}'s online network; {@code seed} drives the perturbations and the interleaving. */
  public Dbgd(DbgdConfig config, SlateQ<O, ?> model, long seed) {
    this.config = config;
    this.model = model;
    this.explorer = model.newExplorer();
    this.interleaving = config.interleaving() == DbgdConfig.Method.TEAM_DRAFT ? new TeamDraftInterleaving()
        : new ProbabilisticInterleaving(config.piTau());
    SplitMix seeds = new SplitMix(seed);
    this.perturbation = seeds.split();
    this.coins = seeds.split();
  }

  /** The {@code k} candidates to show on {@code page}: the current and explorer rankings, interleaved. */
  public int[] serve(O page, int k) {
    if (pending != null) {
      throw new IllegalStateException("serve() called again before the clicks of the last page were given");
    }
    if (direction == null) {
      drawExplorer();
    }
    int[] current = ranking(model.rankingScores(page));
    int[] probe = ranking(explorer.scores(page));
    pending = interleaving.interleave(current, probe, k, coins);
    return pending.items();
  }

  /**
   * Credits the clicks on the page last served ({@code clicked} per position, {@code longClicked} those with a
   * long dwell, a subset) and, after a comparison's last page, moves W toward an explorer that wins under the
   * configured credit ({@link DbgdConfig#explorerWins}); returns the comparison's metrics when one ended.
   */
  public Map<String, Double> feedback(boolean[] clicked, boolean[] longClicked) {
    if (pending == null) {
      throw new IllegalStateException("feedback() called without a page served");
    }
    Outcome pageClicks = interleaving.credit(pending, clicked);
    Outcome pageLongClicks = interleaving.credit(pending, longClicked);
    for (int p = 0; p < longClicked.length; p++) {
      if (longClicked[p] && !clicked[p]) {
        throw new IllegalArgumentException("longClicked position " + p + " is not clicked");
      }
    }
    clicks = clicks.plus(pageClicks);
    longClicks = longClicks.plus(pageLongClicks);
    pending = null;
    if (++comparedPages < config.comparisonPages()) {
      return Map.of();
    }
    boolean won = config.explorerWins(clicks, longClicks);
    if (won) {
      float[] w = model.parameters().toFloatVector();
      for (int i = 0; i < w.length; i++) {
        w[i] += (float) (config.eta() / config.alpha()) * direction[i];
      }
      model.parameters().assign(Nd4j.create(w));
      model.parametersChanged();
      explorerWins++;
    }
    comparisons++;
    direction = null;
    clicks = Outcome.TIE;
    longClicks = Outcome.TIE;
    comparedPages = 0;
    return Map.of("dbgd/explorer_won", won ? 1.0 : 0.0, "dbgd/win_rate", explorerWins / (double) comparisons);
  }

  /** Drops the explorer and the comparison under way, after W changed elsewhere (a major update). */
  public void parametersChanged() {
    direction = null;
    clicks = Outcome.TIE;
    longClicks = Outcome.TIE;
    comparedPages = 0;
  }

  /** The page last served and its team assignment, until its clicks are given; null otherwise. */
  Interleaved pending() {
    return pending;
  }

  /** The configuration. */
  public DbgdConfig config() {
    return config;
  }

  /** Comparisons decided so far. */
  public long comparisons() {
    return comparisons;
  }

  /** Comparisons the explorer won. */
  public long explorerWins() {
    return explorerWins;
  }

  /** Draws U and sets the explorer to W + α · U ⊙ W; {@code direction} holds α · U ⊙ W. */
  private void drawExplorer() {
    drawnFrom = perturbation.state();
    float[] w = model.parameters().toFloatVector();
    direction = new float[w.length];
    float[] probe = new float[w.length];
    for (int i = 0; i < w.length; i++) {
      direction[i] = (float) (config.alpha() * (2 * perturbation.nextDouble() - 1) * w[i]);
      probe[i] = w[i] + direction[i];
    }
    explorer.setParameters(Nd4j.create(probe));
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
        .put("has_explorer", direction == null ? 0 : 1)
        .put("credit_current", clicks.creditA())
        .put("credit_explorer", clicks.creditB())
        .put("long_credit_current", longClicks.creditA())
        .put("long_credit_explorer", longClicks.creditB())
        .put("compared_pages", comparedPages)
        .put("comparisons", comparisons)
        .put("explorer_wins", explorerWins);
    if (direction != null) {
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
    clicks = new Outcome(file.getDouble("credit_current"), file.getDouble("credit_explorer"));
    longClicks = new Outcome(file.getDouble("long_credit_current"), file.getDouble("long_credit_explorer"));
    comparedPages = (int) file.getLong("compared_pages", 0);
    comparisons = file.getLong("comparisons", 0);
    explorerWins = file.getLong("explorer_wins", 0);
    pending = null;
    direction = null;
    if (hasExplorer) {
      perturbation = SplitMix.restore(file.getRandom("explorer_drawn_from"));
      drawExplorer();
    }
    perturbation = SplitMix.restore(file.getRandom("perturbation_random"));
  }
}
