package io.feedgym.agents.slateq;

import com.google.common.collect.ImmutableMap;
import io.feedgym.agents.LearnerState;
import io.feedgym.agents.nn.NetworkFiles;
import io.feedgym.agents.slateq.SlateQConfig.ItemNetwork;
import io.feedgym.agents.slateq.SlateQConfig.Sampling;
import io.feedgym.agents.slateq.SlateQConfig.Target;
import io.feedgym.env.Environment;
import io.feedgym.env.Step;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feed.FeedObservationSpace;
import io.feedgym.env.recsim.InterestEvolution;
import io.feedgym.env.recsim.InterestEvolutionConfig;
import io.feedgym.env.recsim.InterestEvolutionObservationSpace;
import io.feedgym.env.recsim.LongTermSatisfactionObservationSpace;
import io.feedgym.env.spaces.Slate;
import io.feedgym.policies.Agent;
import io.feedgym.policies.Policy;
import io.feedgym.policies.exploration.LinearSchedule;
import io.feedgym.random.SplitMix;
import io.feedgym.replay.Batch;
import io.feedgym.replay.PrioritizedConfig;
import io.feedgym.replay.PrioritizedReplayBuffer;
import io.feedgym.replay.ReplayBuffer;
import io.feedgym.replay.ReplayStorage;
import io.feedgym.replay.UniformReplayBuffer;
import io.feedgym.replay.feed.FeedTransition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * SlateQ (Ie et al. 2019, "SlateQ: A Tractable Decomposition for Reinforcement Learning with
 * Recommendation Sets", IJCAI, Sec. "SlateQ: Slate Decomposition"; long version arXiv:1905.12767) on the
 * feed's pages and on the RecSim ports, with DRN's two-tower item network ({@link ItemQNetwork}). The value
 * of a slate A decomposes into item values weighted by the user choice model ({@link ChoiceModel}, a
 * conditional-logit form over choice scores that the {@link SlateEncoder} derives from the observation: on
 * the feed the odds of the observed predicted CTR with a no-click score): Q(s, A) = Σ_{i∈A∪{⊥}} P(i | s, A) Q̄(s, i), the
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
 * <p>Parts that depend on the environment: the {@link SlateEncoder} turns an observation into the two-tower
 * rows, the availability mask and the choice scores; the {@link SlateTransitions} store steps with their
 * per-position clicks and read them back. Feed pages ({@link PageEncoder}, {@link FeedTransitions}) are
 * stored once each in a {@code FeedStorage}; the RecSim ports ({@link InterestEvolutionEncoder},
 * {@link LongTermSatisfactionEncoder}) as vectors in a {@code SlateStorage}. Sampling is uniform or
 * prioritized. Acting scores a page's candidates with a plain-Java mirror of the network
 * ({@link TwoTowerMirror}); targets score all next pages of a minibatch in one DL4J forward pass. With
 * {@code network=} a block of module {@code networks} ({@link BlockItemNetwork}; plain head only) replaces
 * DRN's towers, and acting runs the DL4J graph. Not thread-safe.
 *
 * @param <O> the observation type
 * @param <T> the stored transition
 */
public final class SlateQ<O, T> implements Agent<O, int[]> {
  private static final int METRICS_INTERVAL = 10;
  private static final String ONLINE_FILE = "item_q_network.zip";
  private static final String TARGET_FILE = "target_item_q_network.zip";
  private static final String REPLAY_FILE = "replay.bin";
  private static final String LINKS_FILE = "replay_links.bin";

  private final SlateQConfig config;
  private final SlateEncoder<O> encoder;
  private final SlateTransitions<O, T> transitions;
  private final ChoiceModel choice;
  private final ItemTargets targets;
  private final Slate slates;
  private final ReplayStorage<T> storage;
  private final ReplayLinks links;
  private final ReplayBuffer<T> replay;
  private final MaskedEpsilonGreedy exploration;
  private SplitMix sampling;
  private ComputationGraph online;
  private ComputationGraph target;
  private PageScorer mirror;
  private long steps;
  private long updates;
  private long pendingTargetUpdates;

  /**
   * Assembles SlateQ from the environment's parts, {@code encoder} and {@code transitions}, for slates of
   * {@code slates}; ε decays over {@code explorationFraction × totalSteps}.
   */
  SlateQ(SlateQConfig config, SlateEncoder<O> encoder, SlateTransitions<O, T> transitions, Slate slates, long seed,
      long totalSteps) {
    if (totalSteps <= 0) {
      throw new IllegalArgumentException("total steps must be positive, found " + totalSteps);
    }
    if (slates.n() != encoder.candidates()) {
      throw new IllegalArgumentException("slates must choose among the " + encoder.candidates()
          + " candidates of a page, found " + slates);
    }
    this.config = config;
    this.encoder = encoder;
    this.transitions = transitions;
    this.choice = new ChoiceModel(encoder.noClickScore());
    this.slates = slates;
    this.targets = new ItemTargets(config.target(), config.slateSelection(), choice, config.gamma(), slates.k());
    SplitMix seeds = new SplitMix(seed);
    long networkSeed = seeds.nextLong();
    this.online = config.network() == ItemNetwork.DRN
        ? ItemQNetwork.build(config.head(), encoder.stateSize(), encoder.itemSize(), encoder.pageRows(),
            config.towerSize(), config.hiddenSizes(), config.learningRate(), networkSeed)
        : BlockItemNetwork.build(config.network().block(), config, encoder, networkSeed);
    this.target = online.clone();
    this.mirror = scorerOf(online);
    long decay = Math.max(1, Math.round(config.explorationFraction() * totalSteps));
    this.exploration = new MaskedEpsilonGreedy(new LinearSchedule(config.startE(), config.endE(), decay), slates,
        seeds.nextLong());
    this.sampling = seeds.split();
    this.storage = transitions.newStorage(config.bufferSize(), slates);
    this.links = new ReplayLinks(config.bufferSize(), slates.k(), page -> fingerprint(encoder, page));
    this.replay = config.replay() == Sampling.UNIFORM ? new UniformReplayBuffer<>(storage)
        : new PrioritizedReplayBuffer<>(storage, PrioritizedConfig.defaults());
  }

  /** SlateQ for feed pages of {@code space} and slates of {@code slates}, with v(s, ⊥) = {@code no_click_score}. */
  public static SlateQ<FeedObservation, FeedTransition> feed(SlateQConfig config, FeedObservationSpace space,
      Slate slates, long seed, long totalSteps) {
    return new SlateQ<>(config, new PageEncoder(space, config.noClickScore()), new FeedTransitions(space), slates, seed,
        totalSteps);
  }

  /**
   * The registry factory: needs a feed environment or a RecSim port (possibly wrapped) with slate actions.
   * interest_evolution's choice parameters come from its config when {@code env} is the environment itself,
   * else RecSim's defaults.
   */
  public static Agent<?, ?> create(Environment<?, ?> env, SlateQConfig config, long seed, long totalSteps) {
    if (env.actionSpace() instanceof Slate slate) {
      if (env.observationSpace() instanceof FeedObservationSpace space && slate.n() == space.numCandidates()) {
        return feed(config, space, slate, seed, totalSteps);
      }
      if (env.observationSpace() instanceof InterestEvolutionObservationSpace space) {
        var choice = env instanceof InterestEvolution ie ? ie.config() : InterestEvolutionConfig.defaults();
        var encoder = new InterestEvolutionEncoder(space, choice);
        return new SlateQ<>(config, encoder, encoder, slate, seed, totalSteps);
      }
      if (env.observationSpace() instanceof LongTermSatisfactionObservationSpace space) {
        var encoder = new LongTermSatisfactionEncoder(space);
        return new SlateQ<>(config, encoder, encoder, slate, seed, totalSteps);
      }
    }
    throw new IllegalArgumentException("slateq needs a feed or RecSim environment with slate actions, found "
        + "observation space " + env.observationSpace() + " and action space " + env.actionSpace());
  }

  @Override
  public int[] act(O observation) {
    return exploration.select(encoder.mask(observation), () -> greedySlate(observation));
  }

  @Override
  public Policy<O, int[]> greedy() {
    return this::greedySlate;
  }

  private int[] greedySlate(O page) {
    double[] q = mirror.itemValues(encoder, page);
    return config.slateSelection().select(encoder.choiceScores(page), q, q[encoder.candidates()], encoder.mask(page),
        choice.noClickScore(), slates.k());
  }

  /**
   * Every candidate's ranking score under the online network, v(s, i) · (Q̄(s, i) − Q̄(s, ⊥)) (the order
   * top-k selection uses), −∞ for unavailable candidates.
   */
  public double[] rankingScores(O page) {
    return ExplorerNetwork.rankingScores(encoder, page, mirror.itemValues(encoder, page));
  }

  /** A scorer over a copy of the online network whose parameters the caller sets (DBGD's explorer network). */
  public ExplorerNetwork<O> newExplorer() {
    ComputationGraph copy = online.clone();
    return new ExplorerNetwork<>(copy, encoder, scorerOf(copy));
  }

  /** The online network's parameters θ as a live view; call {@link #parametersChanged()} after writing them. */
  public INDArray parameters() {
    return online.params();
  }

  /** Makes acting and scoring see parameters written through {@link #parameters()}. */
  public void parametersChanged() {
    mirror.sync();
  }

  /** Stores a step in the replay memory without training (DRN's online protocol trains in major updates). */
  public void remember(O observation, int[] action, Step<O> step) {
    replay.add(transitions.transition(observation, action, step));
    links.add(observation, action, step);
    steps++;
  }

  /**
   * One gradient step on a replayed minibatch, as {@link #observe} takes every {@code train_frequency}
   * steps; the target network falls due for as many soft updates as {@code train_frequency} steps bring.
   * Needs {@code batch_size} pages in memory.
   */
  public Map<String, Double> update() {
    if (replay.size() < config.batchSize()) {
      throw new IllegalStateException("an update needs batch_size=" + config.batchSize() + " pages in memory, found "
          + replay.size());
    }
    pendingTargetUpdates += Math.max(1, config.trainFrequency() / config.targetNetworkFrequency());
    return train();
  }

  @Override
  public Map<String, Double> observe(O observation, int[] action, Step<O> step) {
    remember(observation, action, step);
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
    Batch<T> batch = replay.sampleBatch(config.batchSize(), sampling);
    List<T> pages = batch.items();
    List<ReplayLinks.Chain> chains = new ArrayList<>();
    List<O> nextPages = new ArrayList<>();
    for (int b = 0; b < pages.size(); b++) {
      ReplayLinks.Chain chain = links.chain(batch.indices().get(b), config.nSteps(), config.gamma());
      chains.add(chain);
      if (!chain.terminated()) {
        nextPages.add(transitions.nextObservation(chain.steps() == 1 ? pages.get(b) : storage.get(chain.lastSlot())));
      }
    }
    double[][] nextQ = ItemNetworks.pageValues(target, config.head(), encoder, nextPages);
    ItemRows<O> rows = new ItemRows<>(config.head(), encoder, pages.size(), slates.k());
    int next = 0;
    for (int b = 0; b < pages.size(); b++) {
      T t = pages.get(b);
      ReplayLinks.Chain chain = chains.get(b);
      O after = chain.terminated() ? null : nextPages.get(next);
      double[] q = chain.terminated() ? null : nextQ[next++];
      int[] shownNext = config.target() == Target.SARSA ? links.slateShownNext(chain.lastSlot()) : null;
      double y = targets.itemTarget(chain.discountedRewards(), chain.steps(), chain.terminated(),
          after == null ? null : encoder.choiceScores(after), after == null ? null : encoder.mask(after), q, shownNext);
      rows.addPage(b, transitions.observation(t), transitions.trainedItems(t, encoder.candidates()), y,
          batch.weights().get(b));
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

  @Override
  public SlateQConfig config() {
    return config;
  }

  /** Gradient updates made so far. */
  public long updates() {
    return updates;
  }

  /**
   * Writes the online network with its Adam state, the target network, the replay buffer with its
   * episode links, the counters and both random streams (exploration and sampling): all a resumed run
   * needs.
   */
  @Override
  public void save(Path dir) throws IOException {
    Files.createDirectories(dir);
    NetworkFiles.write(dir.resolve(ONLINE_FILE), online, true);
    NetworkFiles.write(dir.resolve(TARGET_FILE), target, false);
    replay.save(dir.resolve(REPLAY_FILE));
    links.save(dir.resolve(LINKS_FILE));
    new LearnerState(steps, updates, exploration.step(), pendingTargetUpdates, exploration.randomState(),
        sampling.state()).write(dir, "SlateQ");
  }

  @Override
  public void load(Path dir) throws IOException {
    ComputationGraph loadedOnline = restore(dir.resolve(ONLINE_FILE));
    ComputationGraph loadedTarget = restore(dir.resolve(TARGET_FILE));
    LearnerState state = LearnerState.read(dir);
    replay.load(dir.resolve(REPLAY_FILE));
    links.load(dir.resolve(LINKS_FILE));
    online = loadedOnline;
    target = loadedTarget;
    mirror = scorerOf(online);
    steps = state.steps();
    updates = state.updates();
    pendingTargetUpdates = state.pendingTargetUpdates();
    exploration.restore(state.explorationStep(), state.explorationRandom());
    sampling = SplitMix.restore(state.samplingRandom());
  }

  /** A hash of what {@code encoder} sees of {@code page}: its state features, mask and available items' features. */
  @SuppressWarnings("unchecked")
  private static <O> long fingerprint(SlateEncoder<O> encoder, Object page) {
    O typed = (O) page;
    float[] state = new float[encoder.stateSize()];
    encoder.encodeState(typed, state, 0, 1);
    long hash = Arrays.hashCode(state);
    float[] item = new float[encoder.itemSize()];
    boolean[] mask = encoder.mask(typed);
    hash = 31 * hash + Arrays.hashCode(mask);
    for (int c = 0; c < mask.length; c++) {
      if (mask[c]) {
        encoder.encodeItem(typed, c, item, 0);
        hash = 31 * hash + Arrays.hashCode(item);
      }
    }
    return hash;
  }

  /** DRN's plain-Java mirror of {@code net}, or, for a block network, the graph itself. */
  private PageScorer scorerOf(ComputationGraph net) {
    return config.network() == ItemNetwork.DRN ? new TwoTowerMirror(net, config.head(), encoder, config.hiddenSizes())
        : new BlockItemNetwork(net, encoder);
  }

  private ComputationGraph restore(Path file) throws IOException {
    return NetworkFiles.readGraph(file, online);
  }
}
