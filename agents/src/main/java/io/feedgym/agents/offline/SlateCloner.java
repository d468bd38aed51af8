package io.feedgym.agents.offline;

import io.feedgym.agents.slateq.ItemNetworks;
import io.feedgym.agents.slateq.PageEncoder;
import io.feedgym.agents.slateq.PageScorer;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.replay.feed.FeedTransition;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.deeplearning4j.nn.graph.ComputationGraph;

/**
 * A generative model of the logging policy's slates, G: an item network f(s, i) (SlateQ's, same rows) trained by
 * {@link PlackettLuceLoss}, so that G(i | s) = softmax over the available candidates of f(s, ·) is the model's
 * probability that i is shown first. Behaviour cloning acts with it; discrete BCQ filters with it. Acting and
 * filtering one page read a plain-Java mirror (DRN) or the graph. Not thread-safe.
 */
final class SlateCloner {
  static final String FILE = "cloner_network.zip";

  private final OfflineConfig config;
  private final PageEncoder encoder;
  private ComputationGraph net;
  private PageScorer scorer;

  SlateCloner(OfflineConfig config, PageEncoder encoder, long seed) {
    this.config = config;
    this.encoder = encoder;
    this.net = ItemNetworks.build(config.network(), encoder, config.towerSize(), config.hiddenSizes(),
        config.learningRate(), seed, new PlackettLuceLoss(encoder.pageRows()));
    this.scorer = ItemNetworks.scorer(net, config.network(), encoder, config.hiddenSizes());
  }

  /** One Adam step on the negative log-likelihood of the logged slates of {@code pages}; returns it (before the step). */
  double fit(List<FeedTransition> pages) {
    PageBatch batch = new PageBatch(encoder, pages.size());
    for (FeedTransition t : pages) {
      batch.add(t.observation(), t.slate().toArray(), new int[0], 0);
    }
    net.fit(batch.inputs(), batch.labels());
    scorer.sync();
    return net.score();
  }

  /** f(s, ·) of every candidate of {@code page}, then of ⊥ (meaningless). */
  double[] scores(FeedObservation page) {
    return scorer.itemValues(encoder, page);
  }

  /** f(s, ·) of each of {@code pages}, in one forward pass. */
  double[][] scores(List<FeedObservation> pages) {
    return ItemNetworks.pageValues(net, encoder, pages);
  }

  /** The K available candidates with the largest f, largest first (ties to the lower index). */
  static int[] topK(double[] f, boolean[] mask, int k) {
    return IntStream.range(0, mask.length).filter(c -> mask[c]).boxed()
        .sorted((a, b) -> f[b] != f[a] ? Double.compare(f[b], f[a]) : Integer.compare(a, b))
        .limit(k).mapToInt(Integer::intValue).toArray();
  }

  /**
   * Discrete BCQ's eligible candidates (Fujimoto et al. 2019, Sec. 4, "Discrete BCQ"): the available i with
   * G(i | s) / max_j G(j | s) = exp(f_i − max_j f_j) &gt; τ, the max over the available candidates; the K most
   * likely are always eligible, so that a slate of K can be built.
   */
  static boolean[] eligible(double[] f, boolean[] mask, double threshold, int k) {
    double max = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < mask.length; c++) {
      if (mask[c]) {
        max = Math.max(max, f[c]);
      }
    }
    boolean[] out = new boolean[mask.length];
    for (int c = 0; c < mask.length; c++) {
      out[c] = mask[c] && Math.exp(f[c] - max) > threshold;
    }
    for (int c : topK(f, mask, k)) {
      out[c] = true;
    }
    return out;
  }

  void save(Path dir) throws IOException {
    OfflineSlateAgent.writeNetwork(dir, FILE, net, true);
  }

  /** Reads the network saved by {@link #save}; not installed until {@link #install}. */
  ComputationGraph read(Path dir) throws IOException {
    return OfflineSlateAgent.readNetwork(dir, FILE, net);
  }

  void install(ComputationGraph loaded) {
    net = loaded;
    scorer = ItemNetworks.scorer(net, config.network(), encoder, config.hiddenSizes());
  }

  /** The network's parameters, a copy (for tests). */
  double[] parameters() {
    return net.params().toDoubleVector();
  }
}
