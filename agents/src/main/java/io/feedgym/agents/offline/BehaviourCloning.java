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
import java.util.List;
import java.util.Map;

/**
 * Behaviour cloning of logged slates, the floor of offline learning (Pomerleau 1991; the "BC" baseline of
 * Fujimoto et al. 2019 and Kumar et al. 2020): an item scorer f(s, i) fitted by maximum likelihood of the logged
 * slates under a Plackett–Luce model over the page's candidates ({@link PlackettLuceLoss}), acting with the
 * model's most likely slate, the K available candidates of largest f in decreasing order. It ignores rewards:
 * it can at best match the logging policy's greedy version. Not thread-safe.
 */
public final class BehaviourCloning extends OfflineSlateAgent {
  static final String ID = "offline-bc";

  private final SlateCloner cloner;

  public BehaviourCloning(OfflineConfig config, FeedObservationSpace space, Slate slates, long seed) {
    super(ID, config, space, slates, seed);
    this.cloner = new SlateCloner(config, encoder, networkSeed());
  }

  /** The registry factory: needs a feed environment with slate actions. */
  public static Agent<?, ?> create(Environment<?, ?> env, OfflineConfig config, long seed) {
    FeedSpaces feed = feedOf(ID, env);
    return new BehaviourCloning(config, feed.space(), feed.slate(), seed);
  }

  @Override
  protected Map<String, Double> train(OfflineDataset data, int[] pages) {
    List<FeedTransition> batch = new ArrayList<>(pages.length);
    for (int index : pages) {
      batch.add(data.page(index));
    }
    return Map.of("losses/bc_nll", cloner.fit(batch));
  }

  @Override
  protected int[] greedySlate(FeedObservation page) {
    return SlateCloner.topK(cloner.scores(page), page.mask(), slates.k());
  }

  @Override
  protected void saveNetworks(Path dir) throws IOException {
    cloner.save(dir);
  }

  @Override
  protected void loadNetworks(Path dir) throws IOException {
    cloner.install(cloner.read(dir));
  }

  /** The scorer's parameters, a copy (for tests). */
  double[] parameters() {
    return cloner.parameters();
  }
}
