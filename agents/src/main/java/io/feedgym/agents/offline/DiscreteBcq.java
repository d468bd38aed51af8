package io.feedgym.agents.offline;

import io.feedgym.env.Environment;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feed.FeedObservationSpace;
import io.feedgym.env.spaces.Slate;
import io.feedgym.policies.Agent;
import io.feedgym.replay.feed.FeedTransition;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.graph.ComputationGraph;

/**
 * Discrete BCQ (Fujimoto, Conti, Ghavamzadeh, Pineau 2019, "Benchmarking Batch Deep Reinforcement Learning
 * Algorithms", Sec. 4, Eq. 3: a' = argmax over {a : G(a|s) / max_â G(â|s) &gt; τ} of Q(s, a)) on slates: a
 * generative model G of the logged slates ({@link SlateCloner}, trained by behaviour cloning on the same
 * minibatches) restricts {@link FittedSlateQ}'s slates, in the bootstrap target and when acting, to the
 * candidates whose G(i | s) is within a factor τ = {@code bcq_threshold} of the most likely one (the K most
 * likely always qualify). τ = 0 is fitted Q; τ = 1 keeps G's top K, i.e. behaviour cloning re-ordered by Q.
 * Not thread-safe.
 */
public final class DiscreteBcq extends FittedSlateQ {
  static final String ID = "offline-bcq";

  private final SlateCloner cloner;

  public DiscreteBcq(OfflineConfig config, FeedObservationSpace space, Slate slates, long seed) {
    super(ID, "losses/td_loss", 0.0, config, space, slates, seed);
    this.cloner = new SlateCloner(config, encoder, networkSeed());
  }

  /** The registry factory: needs a feed environment with slate actions. */
  public static Agent<?, ?> create(Environment<?, ?> env, OfflineConfig config, long seed) {
    FeedSpaces feed = feedOf(ID, env);
    return new DiscreteBcq(config, feed.space(), feed.slate(), seed);
  }

  /** One behaviour-cloning step of G, then fitted Q's step with G's filter (G as updated). */
  @Override
  protected Map<String, Double> train(OfflineDataset data, int[] pages) {
    List<FeedTransition> batch = new ArrayList<>(pages.length);
    for (int index : pages) {
      batch.add(data.page(index));
    }
    double nll = cloner.fit(batch);
    Map<String, Double> metrics = new HashMap<>(super.train(data, pages));
    metrics.put("losses/bc_nll", nll);
    return metrics;
  }

  @Override
  protected boolean[][] eligible(List<FeedObservation> pages) {
    double[][] f = cloner.scores(pages);
    boolean[][] out = new boolean[pages.size()][];
    for (int p = 0; p < out.length; p++) {
      out[p] = SlateCloner.eligible(f[p], pages.get(p).mask(), config.bcqThreshold(), slates.k());
    }
    return out;
  }

  @Override
  protected boolean[] eligible(FeedObservation page) {
    return SlateCloner.eligible(cloner.scores(page), page.mask(), config.bcqThreshold(), slates.k());
  }

  @Override
  protected void saveNetworks(Path dir) throws IOException {
    super.saveNetworks(dir);
    cloner.save(dir);
  }

  @Override
  protected void loadNetworks(Path dir) throws IOException {
    ComputationGraph loaded = cloner.read(dir);
    super.loadNetworks(dir);
    cloner.install(loaded);
  }
}
