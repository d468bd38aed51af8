package io.feedgym.agents.slateq;

import com.google.common.collect.ImmutableMap;
import io.feedgym.agents.slateq.SlateQConfig.Sampling;
import io.feedgym.agents.slateq.SlateQConfig.Target;
import io.feedgym.env.Environment;
import io.feedgym.env.Step;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feed.FeedObservationSpace;
import io.feedgym.env.spaces.Slate;
import io.feedgym.io.AtomicFiles;
import io.feedgym.policies.Agent;
import io.feedgym.policies.Policy;
import io.feedgym.policies.exploration.LinearSchedule;
import io.feedgym.replay.Batch;
import io.feedgym.replay.PrioritizedConfig;
import io.feedgym.replay.PrioritizedReplayBuffer;
import io.feedgym.replay.ReplayBuffer;
import io.feedgym.replay.UniformReplayBuffer;
import io.feedgym.replay.feed.FeedStorage;
import io.feedgym.replay.feed.FeedTransition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * SlateQ (Ie et al. 2019, "SlateQ: A Tractable Decomposition for Reinforcement Learning with
 * Recommendation Sets", IJCAI, Sec. "SlateQ: Slate Decomposition"; long version arXiv:1905.12767) on the
 * feed's pages, with DRN's two-tower item network ({@link ItemQNetwork}). The value of a slate A
 * decomposes into item values weighted by the user choice model ({@link ChoiceModel}, a conditional logit
 * on the observed predicted CTR with a no-click score): Q(s, A) = Σ_{i∈A∪{⊥}} P(i | s, A) Q̄(s, i), the
 * null item ⊥ ("no click") being part of every slate as in the paper. Acting builds the slate from Q̄ and
 * the choice scores by top-k or greedy selection ({@link SlateSelection}), ε-greedy over the available
 * candidates ({@link MaskedEpsilonGreedy}).
 *
 * <p>Item-wise targets. The paper assumes that the user consumes one item of a slate (or ⊥), and that the
 * reward and the transition depend on that item alone (its SC and RTDS assumptions); it then updates
 * Q̄(s, i) ← r + γ V(s′) for the consumed item only, with V(s′) = Σ_{j∈A′∪{⊥}} P(j | s′, A′) Q̄(s′, j).
 * A feed page can have several clicks, examined with a position bias, and its transition depends on every
 * shown item (fatigue, satisfaction). Here a page t with c ≥ 1 clicks and reward R gives one training
 * tuple per clicked item, all with the same target; a page without clicks gives one tuple for ⊥. The page's
 * item reward is ρ_t = R / max(c, 1): the page reward split equally among its clicks (with the default
 * click reward ρ = 1, each click's own reward), or all of it for ⊥. The target is the n-step return
 * y = Σ_{k<m} γ^k ρ_{t+k} + γ^m (1 − terminated) V(s_{t+m}), m ≤ {@code n_steps} pages along the
 * episode as stored ({@link ReplayLinks}); each clicked item is thus credited with the whole continuation,
 * as if it alone had been consumed. Two deviations from the paper: (1) n-step returns (the paper's update
 * is one-step, m = 1): the user's satisfaction is hidden, and realized rewards carry its effect where the
 * bootstrap V(s′) cannot see it; (2) Q̄(s, ⊥) is learned from the pages without clicks instead of being
 * fixed at 0 as in RecSim's implementation, since a page without a click does not end a feed session.
 * V(s) uses the target network θ⁻ and the slate A ({@link Target}) shown on s (SARSA, the paper's
 * on-policy update; when no stored transition continues the episode, the selected slate) or the slate the
 * slate selection builds on s (Q-learning, the paper's approximate max by top-k or greedy). A truncated
 * page bootstraps; a terminated one does not. The loss is the weighted mean of (Q̄(s, i; θ) − y)² over
 * the trained items of a minibatch of pages ({@link ItemTdLoss}), one Adam step every
 * {@code train_frequency} steps, θ⁻ ← τ θ + (1 − τ) θ⁻ every {@code target_network_frequency} steps.
 *
 * <p>The replay buffer stores pages once ({@link FeedStorage}); sampling is uniform or prioritized. Acting
 * scores a page's candidates with a plain-Java mirror of the network ({@link TwoTowerMirror}); targets
 * score all next pages of a minibatch in one DL4J forward pass. Not thread-safe.
 */
public final class SlateQ implements Agent<FeedObservation, int[]> {
  private static final int METRICS_INTERVAL = 10;
  private static final String ONLINE_FILE = "item_q_network.zip";
  private static final String TARGET_FILE = "target_item_q_network.zip";
  private static final String STATE_FILE = "agent_state.properties";

  private final SlateQConfig config;
  private final PageEncoder encoder;
  private final ChoiceModel choice;
  private final ItemTargets targets;
  private final Slate slates;
  private final FeedStorage storage;
  private final ReplayLinks links;
  private final ReplayBuffer<FeedTransition> replay;
  private final MaskedEpsilonGreedy exploration;
  private final SplittableRandom sampling;
  private final int parameterCount;
  private ComputationGraph online;
  private ComputationGraph target;
  private TwoTowerMirror mirror;
  private long steps;
  private long updates;
  private long pendingTargetUpdates;

  /** Assembles SlateQ for pages of {@code space} and slates of {@code slates}; ε decays over {@code explorationFraction × totalSteps}. */
  public SlateQ(SlateQConfig config, FeedObservationSpace space, Slate slates, long seed, long totalSteps) {
    if (totalSteps <= 0) {
      throw new IllegalArgumentException("total steps must be positive, found " + totalSteps);
    }
    this.config = config;
    this.encoder = new PageEncoder(space);
    this.choice = new ChoiceModel(config.noClickScore());
    this.slates = slates;
    this.targets = new ItemTargets(config.target(), config.slateSelection(), choice, config.gamma(), slates.k());
    SplittableRandom seeds = new SplittableRandom(seed);
    this.online = ItemQNetwork.build(config.head(), encoder.stateSize(), encoder.itemSize(), encoder.pageRows(),
        config.towerSize(), config.hiddenSizes(), config.learningRate(), seeds.nextLong());
    this.target = online.clone();
    this.mirror = new TwoTowerMirror(online, config.head(), encoder, config.hiddenSizes());
    this.parameterCount = (int) online.numParams();
    long decay = Math.max(1, Math.round(config.explorationFraction() * totalSteps));
    this.exploration = new MaskedEpsilonGreedy(new LinearSchedule(config.startE(), config.endE(), decay), slates,
        seeds.nextLong());
    this.sampling = seeds.split();
    this.storage = new FeedStorage(config.bufferSize(), space, slates);
    this.links = new ReplayLinks(config.bufferSize(), slates.k());
    this.replay = config.replay() == Sampling.UNIFORM ? new UniformReplayBuffer<>(storage)
        : new PrioritizedReplayBuffer<>(storage, PrioritizedConfig.defaults());
  }

  /** The registry factory: needs a feed environment (possibly wrapped) with slate actions. */
  public static Agent<?, ?> create(Environment<?, ?> env, SlateQConfig config, long seed, long totalSteps) {
    if (!(env.observationSpace() instanceof FeedObservationSpace space) || !(env.actionSpace() instanceof Slate slate)
        || slate.n() != space.numCandidates()) {
      throw new IllegalArgumentException("slateq needs a feed environment with slate actions, found observation space "
          + env.observationSpace() + " and action space " + env.actionSpace());
    }
    return new SlateQ(config, space, slate, seed, totalSteps);
  }

  @Override
  public int[] act(FeedObservation observation) {
    return exploration.select(observation.mask(), () -> greedySlate(observation));
  }

  @Override
  public Policy<FeedObservation, int[]> greedy() {
    return this::greedySlate;
  }

  private int[] greedySlate(FeedObservation page) {
    double[] q = mirror.itemValues(page);
    return config.slateSelection().select(choice.scores(page), q, q[encoder.candidates()], page.mask(),
        choice.noClickScore(), slates.k());
  }

  @Override
  public Map<String, Double> observe(FeedObservation observation, int[] action, Step<FeedObservation> step) {
    FeedTransition transition = FeedTransition.of(observation, action, step);
    replay.add(transition);
    links.add(transition);
    steps++;
    boolean learning = steps > config.learningStarts() && replay.size() >= config.batchSize();
    Map<String, Double> metrics = learning && steps % config.trainFrequency() == 0 ? train() : Map.of();
    if (learning && steps % config.targetNetworkFrequency() == 0) {
      pendingTargetUpdates++;
    }
    return metrics;
  }

  /**
   * One gradient step on a replayed minibatch of pages: the n-step item-wise target of each page's trained
   * items (see the class comment), then one fit. Returns the TD loss and, every tenth update, the mean Q̄ of
   * the trained items before the step.
   */
  private Map<String, Double> train() {
    if (pendingTargetUpdates > 0) {
      // θ has not changed since these target updates fell due: k of them are one blend with (1 − τ)^k.
      double keep = Math.pow(1.0 - config.tau(), pendingTargetUpdates);
      target.params().muli(keep).addi(online.params().mul(1.0 - keep));
      pendingTargetUpdates = 0;
    }
    Batch<FeedTransition> batch = replay.sampleBatch(config.batchSize(), sampling);
    List<FeedTransition> pages = batch.items();
    List<ReplayLinks.Chain> chains = new ArrayList<>();
    List<FeedObservation> nextPages = new ArrayList<>();
    for (int b = 0; b < pages.size(); b++) {
      ReplayLinks.Chain chain = links.chain(batch.indices().get(b), config.nSteps(), config.gamma());
      chains.add(chain);
      if (!chain.terminated()) {
        nextPages.add(chain.steps() == 1 ? pages.get(b).nextObservation()
            : storage.get(chain.lastSlot()).nextObservation());
      }
    }
    double[][] nextQ = itemValues(target, nextPages);
    ItemRows rows = new ItemRows(config.head(), encoder, pages.size(), slates.k());
    int next = 0;
    for (int b = 0; b < pages.size(); b++) {
      FeedTransition t = pages.get(b);
      ReplayLinks.Chain chain = chains.get(b);
      FeedObservation after = chain.terminated() ? null : nextPages.get(next);
      double[] q = chain.terminated() ? null : nextQ[next++];
      int[] shownNext = config.target() == Target.SARSA ? links.slateShownNext(chain.lastSlot()) : null;
      double y = targets.itemTarget(chain.discountedRewards(), chain.steps(), chain.terminated(), after, q, shownNext);
      rows.addPage(b, t.observation(), ItemTargets.trainedItems(t, encoder.candidates()), y, batch.weights().get(b));
    }
    INDArray[] inputs = rows.inputs();
    boolean prioritized = config.replay() == Sampling.PRIORITIZED;
    Double takenQ = null;
    if (prioritized || updates % METRICS_INTERVAL == 0) {
      double[] q = ItemTdLoss.itemValues(config.head(), ItemQNetwork.outputs(online, inputs[0], inputs[1]),
          rows.availability(), encoder.pageRows());
      takenQ = updates % METRICS_INTERVAL == 0 ? rows.meanTrained(q) : null;
      if (prioritized) {
        replay.updatePriorities(batch.indices(), rows.meanAbsErrors(q, pages.size()));
      }
    }
    online.fit(inputs, new INDArray[] {rows.labels()}, null, new INDArray[] {rows.weights()});
    mirror.sync();
    updates++;
    return takenQ == null ? Map.of("losses/td_loss", online.score())
        : ImmutableMap.of("losses/td_loss", online.score(), "losses/q_values", takenQ);
  }

  /** Q̄(s, ·) of every candidate, then of ⊥, of each page under {@code net}, in one forward pass over all pages. */
  private double[][] itemValues(ComputationGraph net, List<FeedObservation> pages) {
    int n = encoder.pageRows();
    int rows = pages.size() * n;
    if (rows == 0) {
      return new double[0][];
    }
    float[] states = new float[rows * encoder.stateSize()];
    float[] items = new float[rows * encoder.itemSize()];
    double[] available = new double[rows];
    for (int p = 0; p < pages.size(); p++) {
      encoder.encodeState(pages.get(p), states, p * n, n);
      encoder.encodeItems(pages.get(p), items, p * n, available);
    }
    float[] out = ItemQNetwork.outputs(net, Nd4j.create(states, new long[] {rows, encoder.stateSize()}, 'c'),
        Nd4j.create(items, new long[] {rows, encoder.itemSize()}, 'c'));
    double[] q = ItemTdLoss.itemValues(config.head(), out, available, n);
    double[][] perPage = new double[pages.size()][];
    for (int p = 0; p < perPage.length; p++) {
      perPage[p] = Arrays.copyOfRange(q, p * n, (p + 1) * n);
    }
    return perPage;
  }

  @Override
  public SlateQConfig config() {
    return config;
  }

  /** Gradient updates made so far. */
  public long updates() {
    return updates;
  }

  /** Writes the online network with its Adam state, the target network and the counters; not the replay buffer. */
  @Override
  public void save(Path dir) throws IOException {
    Files.createDirectories(dir);
    AtomicFiles.write(dir.resolve(ONLINE_FILE), out -> ModelSerializer.writeModel(online, out, true));
    AtomicFiles.write(dir.resolve(TARGET_FILE), out -> ModelSerializer.writeModel(target, out, false));
    new AgentCounters(steps, updates, exploration.step(), pendingTargetUpdates).write(dir.resolve(STATE_FILE));
  }

  @Override
  public void load(Path dir) throws IOException {
    ComputationGraph loadedOnline = restore(dir.resolve(ONLINE_FILE));
    ComputationGraph loadedTarget = restore(dir.resolve(TARGET_FILE));
    AgentCounters counters = AgentCounters.read(dir.resolve(STATE_FILE));
    online = loadedOnline;
    target = loadedTarget;
    mirror = new TwoTowerMirror(online, config.head(), encoder, config.hiddenSizes());
    steps = counters.steps();
    updates = counters.updates();
    exploration.setStep(counters.explorationStep());
    pendingTargetUpdates = counters.pendingTargetUpdates();
  }

  private ComputationGraph restore(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException(file + ": checkpoint file is missing");
    }
    ComputationGraph net;
    try {
      net = ModelSerializer.restoreComputationGraph(file.toFile(), true);
    } catch (IOException | RuntimeException e) {
      throw new IOException(file + ": corrupt network checkpoint (" + e.getMessage() + ")", e);
    }
    if (net.numParams() != parameterCount) {
      throw new IOException(file + ": network has " + net.numParams() + " parameters, this agent's configuration needs "
          + parameterCount);
    }
    return net;
  }
}
