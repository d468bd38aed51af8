package io.feedgym.agents.offline;

import io.feedgym.agents.nn.NetworkFiles;
import io.feedgym.agents.slateq.ChoiceModel;
import io.feedgym.agents.slateq.PageEncoder;
import io.feedgym.env.Environment;
import io.feedgym.env.Step;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feed.FeedObservationSpace;
import io.feedgym.env.spaces.Slate;
import io.feedgym.io.StateFile;
import io.feedgym.policies.Agent;
import io.feedgym.policies.Policy;
import io.feedgym.random.SplitMix;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.deeplearning4j.nn.graph.ComputationGraph;

/**
 * What the offline slate agents share: they learn from an {@link OfflineDataset} by {@link #update} (one
 * gradient step on a uniformly sampled minibatch of logged pages) and never from the environment, so
 * {@link #observe} is an error and {@link #act} is the greedy policy; they act on the feed's slates with
 * SlateQ's page encoder and choice model. As {@link Agent}s they are evaluated and checkpointed like the online
 * agents ({@code feedgym eval --checkpoint}). A checkpoint holds the networks (with the Adam state), the update
 * count and the sampling stream, so training can continue on the same data. Not thread-safe.
 */
public abstract class OfflineSlateAgent implements Agent<FeedObservation, int[]> {
  private static final String STATE_FILE = "offline_state.properties";

  private final String id;
  protected final OfflineConfig config;
  protected final PageEncoder encoder;
  protected final ChoiceModel choice;
  protected final FeedObservationSpace space;
  protected final Slate slates;
  private final SplitMix seeds;
  private SplitMix sampling;
  private long updates;
  private OfflineDataset checked;

  /** An agent registered as {@code id} for pages of {@code space} and slates of {@code slates}. */
  protected OfflineSlateAgent(String id, OfflineConfig config, FeedObservationSpace space, Slate slates, long seed) {
    if (slates.n() != space.numCandidates()) {
      throw new IllegalArgumentException(id + ": slates must choose among the " + space.numCandidates()
          + " candidates of a page, found " + slates);
    }
    this.id = id;
    this.config = config;
    this.space = space;
    this.slates = slates;
    this.encoder = new PageEncoder(space, config.noClickScore());
    this.choice = new ChoiceModel(config.noClickScore());
    this.seeds = new SplitMix(seed);
    this.sampling = seeds.split();
  }

  /** The feed spaces of {@code env}, or an {@link IllegalArgumentException} naming agent {@code id}. */
  protected static FeedSpaces feedOf(String id, Environment<?, ?> env) {
    if (env.observationSpace() instanceof FeedObservationSpace space && env.actionSpace() instanceof Slate slate
        && slate.n() == space.numCandidates()) {
      return new FeedSpaces(space, slate);
    }
    throw new IllegalArgumentException(id + " needs a feed environment with slate actions, found observation space "
        + env.observationSpace() + " and action space " + env.actionSpace());
  }

  /** A feed environment's observation and action spaces. */
  protected record FeedSpaces(FeedObservationSpace space, Slate slate) {}

  /** The next seed for one of the agent's networks (call in construction order). */
  protected final long networkSeed() {
    return seeds.nextLong();
  }

  /** The registry id, e.g. {@code offline-cql}. */
  public String id() {
    return id;
  }

  /**
   * One gradient step on {@code batch_size} pages drawn uniformly with replacement from {@code data}; returns
   * the step's losses under stable names. The first update on a dataset checks that it fits
   * ({@link OfflineDataset#requireFits}).
   */
  public final Map<String, Double> update(OfflineDataset data) {
    if (data != checked) {
      data.requireFits(id, space, slates.k());
      checked = data;
    }
    int[] pages = new int[config.batchSize()];
    for (int b = 0; b < pages.length; b++) {
      pages[b] = sampling.nextInt(data.pages());
    }
    Map<String, Double> metrics = train(data, pages);
    updates++;
    return metrics;
  }

  /** The algorithm's gradient step on the logged pages {@code pages} (indices into {@code data}). */
  protected abstract Map<String, Double> train(OfflineDataset data, int[] pages);

  /** The greedy slate of {@code page}: K distinct available candidates, best first. */
  protected abstract int[] greedySlate(FeedObservation page);

  /** Gradient updates made so far. */
  public long updates() {
    return updates;
  }

  @Override
  public int[] act(FeedObservation observation) {
    return greedySlate(observation);
  }

  @Override
  public Policy<FeedObservation, int[]> greedy() {
    return this::greedySlate;
  }

  /** Offline agents learn from logs only: an error naming the command that trains them. */
  @Override
  public Map<String, Double> observe(FeedObservation observation, int[] action, Step<FeedObservation> step) {
    throw new IllegalArgumentException(id + " learns from logged sessions only, not from environment steps: train it "
        + "with 'feedgym offline --data FILE --agent " + id.substring(id.indexOf('-') + 1) + "'");
  }

  @Override
  public OfflineConfig config() {
    return config;
  }

  @Override
  public void save(Path dir) throws IOException {
    Files.createDirectories(dir);
    saveNetworks(dir);
    StateFile.create(dir.resolve(STATE_FILE)).put("updates", updates).put("sampling_random", sampling.state())
        .write(id + " update count and sampling stream");
  }

  @Override
  public void load(Path dir) throws IOException {
    StateFile state = StateFile.read(dir.resolve(STATE_FILE));
    long loadedUpdates = state.getLong("updates", 0);
    SplitMix.State random = state.getRandom("sampling_random");
    loadNetworks(dir);
    updates = loadedUpdates;
    sampling = SplitMix.restore(random);
  }

  /** Writes the agent's networks into {@code dir}. */
  protected abstract void saveNetworks(Path dir) throws IOException;

  /** Reads what {@link #saveNetworks} wrote; replaces the agent's networks only when all were read. */
  protected abstract void loadNetworks(Path dir) throws IOException;

  /** Writes {@code net} to {@code dir/file} atomically, with its Adam state when {@code updater}. */
  protected static void writeNetwork(Path dir, String file, ComputationGraph net, boolean updater) throws IOException {
    NetworkFiles.write(dir.resolve(file), net, updater);
  }

  /** Reads the network in {@code dir/file}; missing, corrupt or of another size than {@code like}: an IOException naming it. */
  protected static ComputationGraph readNetwork(Path dir, String file, ComputationGraph like) throws IOException {
    return NetworkFiles.readGraph(dir.resolve(file), like);
  }
}
