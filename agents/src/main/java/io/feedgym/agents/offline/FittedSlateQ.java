package io.feedgym.agents.offline;

import io.feedgym.agents.slateq.ItemNetworks;
import io.feedgym.agents.slateq.PageScorer;
import io.feedgym.env.Environment;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feed.FeedObservationSpace;
import io.feedgym.env.feedback.PositionFeedback;
import io.feedgym.env.spaces.Slate;
import io.feedgym.policies.Agent;
import io.feedgym.replay.feed.FeedTransition;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.graph.ComputationGraph;

/**
 * Offline SlateQ, fitted Q-iteration on a fixed log (Ernst et al. 2005; Riedmiller 2005, "Neural Fitted Q
 * Iteration"; the DQN-on-logged-data baseline of Fujimoto et al. 2019 and Agarwal et al. 2020): SlateQ's item-wise
 * Q̄(s, i) (Ie et al. 2019, see {@code io.feedgym.agents.slateq.SlateQ}) trained on minibatches of logged pages
 * with no environment interaction. Each logged page t with clicks trains each clicked item (⊥ when none) towards
 *
 * <pre>  y = Σ_{k<m} γ^k ρ_{t+k} + γ^m (1 − terminated) V(s_{t+m}),   V(s) = Σ_{j∈A*∪{⊥}} P(j | s, A*) Q̄(s, j; θ⁻)</pre>
 *
 * (SlateQ's n-step target with ρ = R / max(c, 1); m ≤ {@code n_steps} along the logged episode), where A* is the
 * slate the {@code slate_selection} builds from θ⁻'s values among the {@link #eligible} candidates of s — the
 * approximate max over slates of SlateQ's Q-learning target. The loss is {@link ConservativeTdLoss} (α = 0 here),
 * one Adam step per update, then θ⁻ ← τ θ + (1 − τ) θ⁻. The greedy slate is the slate selection over the eligible
 * candidates under θ. Variants override hooks: {@link ConservativeSlateQ} adds CQL's penalty (α &gt; 0),
 * {@link DiscreteBcq} narrows {@link #eligible}. Not thread-safe.
 */
public class FittedSlateQ extends OfflineSlateAgent {
  static final String ID = "offline-dqn";
  private static final String ONLINE_FILE = "item_q_network.zip";
  private static final String TARGET_FILE = "target_item_q_network.zip";

  private final String lossName;
  private ComputationGraph online;
  private ComputationGraph target;
  private PageScorer scorer;

  public FittedSlateQ(OfflineConfig config, FeedObservationSpace space, Slate slates, long seed) {
    this(ID, "losses/td_loss", 0.0, config, space, slates, seed);
  }

  /** A variant registered as {@code id}, with CQL penalty weight {@code alpha}, reporting its loss as {@code lossName}. */
  protected FittedSlateQ(String id, String lossName, double alpha, OfflineConfig config, FeedObservationSpace space,
      Slate slates, long seed) {
    super(id, config, space, slates, seed);
    this.lossName = lossName;
    this.online = ItemNetworks.build(config.network(), encoder, config.towerSize(), config.hiddenSizes(),
        config.learningRate(), networkSeed(), new ConservativeTdLoss(encoder.pageRows(), alpha));
    this.target = online.clone();
    this.scorer = ItemNetworks.scorer(online, config.network(), encoder, config.hiddenSizes());
  }

  /** The registry factory: needs a feed environment with slate actions. */
  public static Agent<?, ?> create(Environment<?, ?> env, OfflineConfig config, long seed) {
    FeedSpaces feed = feedOf(ID, env);
    return new FittedSlateQ(config, feed.space(), feed.slate(), seed);
  }

  /** The candidates a slate may hold on each of {@code pages} (targets, batched): here every available one. */
  protected boolean[][] eligible(List<FeedObservation> pages) {
    boolean[][] out = new boolean[pages.size()][];
    for (int p = 0; p < out.length; p++) {
      out[p] = pages.get(p).mask();
    }
    return out;
  }

  /** The candidates a slate may hold on {@code page} (acting): here every available one. */
  protected boolean[] eligible(FeedObservation page) {
    return page.mask();
  }

  @Override
  protected Map<String, Double> train(OfflineDataset data, int[] pages) {
    List<OfflineDataset.Chain> chains = new ArrayList<>(pages.length);
    List<FeedObservation> next = new ArrayList<>();
    for (int index : pages) {
      OfflineDataset.Chain chain = data.chain(index, config.nSteps(), config.gamma());
      chains.add(chain);
      if (!chain.terminated()) {
        next.add(chain.next());
      }
    }
    double[][] nextQ = ItemNetworks.pageValues(target, encoder, next);
    boolean[][] nextEligible = eligible(next);
    PageBatch batch = new PageBatch(encoder, pages.length);
    int n = 0;
    for (int b = 0; b < pages.length; b++) {
      FeedTransition t = data.page(pages[b]);
      OfflineDataset.Chain chain = chains.get(b);
      double y = chain.discountedItemRewards();
      if (!chain.terminated()) {
        y += Math.pow(config.gamma(), chain.steps()) * slateValue(chain.next(), nextQ[n], nextEligible[n]);
        n++;
      }
      batch.add(t.observation(), t.slate().toArray(), trainedItems(t), y);
    }
    online.fit(batch.inputs(), batch.labels());
    scorer.sync();
    target.params().muli(1.0 - config.tau()).addi(online.params().mul(config.tau()));
    return Map.of(lossName, online.score());
  }

  /** V(s) = Σ_{j∈A*∪{⊥}} P(j | s, A*) Q̄(s, j) for the slate A* the selection builds among {@code eligible}. */
  private double slateValue(FeedObservation page, double[] q, boolean[] eligible) {
    double[] scores = encoder.choiceScores(page);
    double nullValue = q[encoder.candidates()];
    int[] slate = config.slateSelection().select(scores, q, nullValue, eligible, choice.noClickScore(), slates.k());
    return choice.slateValue(scores, q, nullValue, slate);
  }

  /** The clicked candidates of {@code t} in position order, or ⊥ when nothing was clicked (SlateQ's trained items). */
  private int[] trainedItems(FeedTransition t) {
    int[] clicked = t.feedback().positions().stream().filter(PositionFeedback::clicked)
        .mapToInt(PositionFeedback::candidate).toArray();
    return clicked.length > 0 ? clicked : new int[] {encoder.candidates()};
  }

  @Override
  protected int[] greedySlate(FeedObservation page) {
    double[] q = scorer.itemValues(encoder, page);
    return config.slateSelection().select(encoder.choiceScores(page), q, q[encoder.candidates()], eligible(page),
        choice.noClickScore(), slates.k());
  }

  /** Q̄(s, ·) of every candidate of {@code page}, then of ⊥, under the online network. */
  public double[] itemValues(FeedObservation page) {
    return scorer.itemValues(encoder, page);
  }

  @Override
  protected void saveNetworks(Path dir) throws IOException {
    writeNetwork(dir, ONLINE_FILE, online, true);
    writeNetwork(dir, TARGET_FILE, target, false);
  }

  @Override
  protected void loadNetworks(Path dir) throws IOException {
    ComputationGraph loadedOnline = readNetwork(dir, ONLINE_FILE, online);
    ComputationGraph loadedTarget = readNetwork(dir, TARGET_FILE, target);
    online = loadedOnline;
    target = loadedTarget;
    scorer = ItemNetworks.scorer(online, config.network(), encoder, config.hiddenSizes());
  }

  /** The online network's parameters, a copy (for tests). */
  double[] parameters() {
    return online.params().toDoubleVector();
  }
}
