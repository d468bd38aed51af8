package io.feedgym.agents.dqn;

import com.google.common.collect.ImmutableMap;
import io.feedgym.agents.LearnerState;
import io.feedgym.agents.nn.BlockQNetwork;
import io.feedgym.agents.nn.MlpQNetwork;
import io.feedgym.agents.nn.QNetwork;
import io.feedgym.env.Environment;
import io.feedgym.env.Step;
import io.feedgym.env.spaces.Box;
import io.feedgym.env.spaces.Discrete;
import io.feedgym.io.AtomicFiles;
import io.feedgym.policies.Agent;
import io.feedgym.policies.ObservationEncoder;
import io.feedgym.policies.Policy;
import io.feedgym.policies.exploration.EpsilonGreedy;
import io.feedgym.policies.exploration.LinearSchedule;
import io.feedgym.random.SplitMix;
import io.feedgym.replay.FloatEncoding;
import io.feedgym.replay.ReplayBuffer;
import io.feedgym.replay.Transition;
import io.feedgym.replay.UniformReplayBuffer;
import io.feedgym.replay.VectorStorage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Deep Q-Network (Mnih et al. 2015, "Human-level control through deep reinforcement learning",
 * Algorithm 1): ε-greedy acting, uniform experience replay, and minibatch descent on
 * L(θ) = E[(y − Q(s, a; θ))²] with y = r + γ (1 − terminated) max_a′ Q(s′, a′; θ⁻) from a target
 * network θ⁻ moved toward θ every C steps, θ⁻ ← τ θ + (1 − τ) θ⁻ (a copy when τ = 1; Polyak averaging
 * with small τ, Lillicrap et al. 2016). Truncated transitions bootstrap.
 * The update schedule follows CleanRL's {@code dqn.py}. Variants change the bootstrap value
 * ({@link #nextStateValues}) or pass another network part ({@link QNetwork.Builder}; the config's
 * {@code network}, an {@link MlpQNetwork} by default). Acting runs on the MLP's plain-Java mirror; minibatch work
 * (target values, the gradient step) runs in DL4J. Not thread-safe.
 *
 * @param <O> observation type, flattened by an {@link ObservationEncoder}
 */
public class Dqn<O> implements Agent<O, Integer> {
  private static final int METRICS_INTERVAL = 10;
  private static final String ONLINE_FILE = "q_network.zip";
  private static final String TARGET_FILE = "target_network.zip";
  private static final String REPLAY_FILE = "replay.bin";

  private final DqnConfig config;
  private final ObservationEncoder<O> encoder;
  private final int actions;
  private final ReplayBuffer<Transition<double[], Integer>> replay;
  private final EpsilonGreedy exploration;
  private SplitMix sampling;
  private final float[] actState;
  private final float[] greedyState;
  private final BatchArrays batchArrays;
  private QNetwork online;
  private QNetwork target;
  private long steps;
  private long updates;
  private int pendingTargetUpdates;

  /** Assembles a DQN with the config's Q-network; ε decays over {@code explorationFraction × totalSteps} steps. */
  public Dqn(DqnConfig config, ObservationEncoder<O> encoder, int actions, long seed, long totalSteps) {
    this(config, encoder, actions, seed, totalSteps,
        config.network().block().<QNetwork.Builder>map(BlockQNetwork::builder).orElse(MlpQNetwork::build));
  }

  /** Assembles a DQN whose online and target networks come from {@code network}; for variants. */
  protected Dqn(DqnConfig config, ObservationEncoder<O> encoder, int actions, long seed, long totalSteps,
      QNetwork.Builder network) {
    if (totalSteps <= 0) {
      throw new IllegalArgumentException("total steps must be positive, found " + totalSteps);
    }
    this.config = config;
    this.encoder = encoder;
    this.actions = actions;
    SplitMix seeds = new SplitMix(seed);
    this.online = network.build(encoder.size(), config.hiddenSizes(), actions, new TdLoss(config.loss()),
        config.learningRate(), seeds.nextLong());
    this.target = online.copy();
    this.batchArrays = new BatchArrays(config.batchSize(), encoder.size(), actions);
    long decay = Math.max(1, Math.round(config.explorationFraction() * totalSteps));
    this.exploration = new EpsilonGreedy(new LinearSchedule(config.startE(), config.endE(), decay), actions,
        seeds.nextLong());
    this.sampling = seeds.split();
    this.replay = new UniformReplayBuffer<>(new VectorStorage(config.bufferSize(), encoder.size(), actions));
    this.actState = new float[encoder.size()];
    this.greedyState = new float[encoder.size()];
  }

  /** Builds one member of the DQN family from its parts. */
  @FunctionalInterface
  public interface Variant {
    Dqn<double[]> make(DqnConfig config, ObservationEncoder<double[]> encoder, int actions, long seed, long totalSteps);
  }

  /**
   * The registry factory of agent {@code id} built by {@code variant}: needs a one-dimensional {@link Box}
   * observation space and a {@link Discrete} action space.
   */
  public static Agent<?, ?> create(
      String id, Variant variant, Environment<?, ?> env, DqnConfig config, long seed, long totalSteps) {
    if (!(env.actionSpace() instanceof Discrete discrete)) {
      throw new IllegalArgumentException(id + " needs a Discrete action space, found " + env.actionSpace());
    }
    if (!(env.observationSpace() instanceof Box box) || box.shape().length != 1) {
      throw new IllegalArgumentException(
          id + " needs a one-dimensional Box observation space, found " + env.observationSpace());
    }
    return variant.make(config, ObservationEncoder.flat(box.size()), discrete.n(), seed, totalSteps);
  }

  /** Number of discrete actions. */
  protected final int actions() {
    return actions;
  }

  @Override
  public Integer act(O observation) {
    encoder.encode(observation, actState, 0);
    return exploration.select(() -> online.argmax(actState));
  }

  @Override
  public Policy<O, Integer> greedy() {
    return observation -> {
      encoder.encode(observation, greedyState, 0);
      return online.argmax(greedyState);
    };
  }

  @Override
  public Map<String, Double> observe(O observation, Integer action, Step<O> step) {
    replay.add(new Transition<>(encoded(observation), action, step.reward(), encoded(step.observation()),
        step.terminated(), step.truncated()));
    steps++;
    Map<String, Double> metrics = Map.of();
    if (steps > config.learningStarts()) {
      if (steps % config.trainFrequency() == 0) {
        metrics = train();
      }
      if (steps % config.targetNetworkFrequency() == 0) {
        pendingTargetUpdates++;
      }
    }
    return metrics;
  }

  /** The encoder's features of {@code observation}, as the replay stores them (rounded to float). */
  private double[] encoded(O observation) {
    encoder.encode(observation, actState, 0);
    double[] features = new double[actState.length];
    for (int i = 0; i < features.length; i++) {
      features[i] = actState[i];
    }
    return features;
  }

  /**
   * One gradient step on a replayed minibatch; returns the TD loss and, every tenth update, the mean
   * Q-value of the taken actions before the step.
   */
  private Map<String, Double> train() {
    applyPendingTargetUpdates();
    List<Transition<double[], Integer>> batch = replay.sample(config.batchSize(), sampling);
    int b = batch.size();
    int width = encoder.size();
    float[] states = new float[b * width];
    float[] next = new float[b * width];
    for (int i = 0; i < b; i++) {
      FloatEncoding.encode(batch.get(i).observation(), states, i * width);
      FloatEncoding.encode(batch.get(i).nextObservation(), next, i * width);
    }
    batchArrays.fillStates(states, next);
    double[] bootstrap = nextStateValues(batchArrays.states(), batchArrays.nextStates());
    float[] labels = new float[b * actions];
    float[] mask = new float[b * actions];
    for (int i = 0; i < b; i++) {
      Transition<double[], Integer> t = batch.get(i);
      double y = t.reward() + (t.terminated() ? 0.0 : config.gamma() * bootstrap[i]);
      labels[i * actions + t.action()] = (float) y;
      mask[i * actions + t.action()] = 1f;
    }
    // Like CleanRL, the Q-values are logged every tenth update only.
    Double takenQ = updates % METRICS_INTERVAL == 0 ? meanTakenQ(batch, batchArrays.states()) : null;
    batchArrays.fillTargets(labels, mask);
    online.fit(batchArrays.states(), batchArrays.labels(), batchArrays.mask());
    updates++;
    return takenQ == null ? Map.of("losses/td_loss", online.score())
        : ImmutableMap.of("losses/td_loss", online.score(), "losses/q_values", takenQ);
  }

  /**
   * The bootstrap value of each next state; DQN uses the target network's maximum,
   * max_a′ Q(s′, a′; θ⁻). Both arrays are [batch × features] and owned by the caller.
   */
  protected double[] nextStateValues(INDArray states, INDArray nextStates) {
    float[] q = targetQ(nextStates);
    double[] values = new double[q.length / actions];
    for (int i = 0; i < values.length; i++) {
      values[i] = q[i * actions + argmax(q, i * actions, actions)];
    }
    return values;
  }

  /** The online network's Q-values of a batch, row-major [batch × actions]. */
  protected final float[] onlineQ(INDArray states) {
    return online.output(states);
  }

  /** The target network's Q-values of a batch, row-major [batch × actions]. */
  protected final float[] targetQ(INDArray states) {
    return target.output(states);
  }

  /** Index (relative to {@code offset}) of the largest of {@code values[offset .. offset + n)}. */
  protected static int argmax(float[] values, int offset, int n) {
    int best = 0;
    for (int a = 1; a < n; a++) {
      if (values[offset + a] > values[offset + best]) {
        best = a;
      }
    }
    return best;
  }

  private double meanTakenQ(List<Transition<double[], Integer>> batch, INDArray states) {
    float[] q = onlineQ(states);
    double sum = 0;
    for (int i = 0; i < batch.size(); i++) {
      sum += q[i * actions + batch.get(i).action()];
    }
    return sum / batch.size();
  }

  /**
   * Applies the target updates θ⁻ ← τ θ + (1 − τ) θ⁻ due since the last call, in place. The online
   * network θ has not changed since they fell due, so k of them collapse into one exact blend,
   * θ⁻ ← (1 − τ)^k θ⁻ + (1 − (1 − τ)^k) θ: per-step Polyak averaging at the cost of one update per
   * gradient step.
   */
  private void applyPendingTargetUpdates() {
    if (pendingTargetUpdates == 0) {
      return;
    }
    target.blend(online, Math.pow(1.0 - config.tau(), pendingTargetUpdates));
    pendingTargetUpdates = 0;
  }

  @Override
  public DqnConfig config() {
    return config;
  }

  /** Environment steps observed so far. */
  public long steps() {
    return steps;
  }

  /** Gradient updates made so far. */
  public long updates() {
    return updates;
  }

  /**
   * Writes the online network with its Adam state, the target network, the replay buffer, the counters
   * and both random streams (exploration and minibatch sampling): all a resumed run needs.
   */
  @Override
  public void save(Path dir) throws IOException {
    Files.createDirectories(dir);
    AtomicFiles.write(dir.resolve(ONLINE_FILE), out -> online.save(out, true));
    AtomicFiles.write(dir.resolve(TARGET_FILE), out -> target.save(out, false));
    replay.save(dir.resolve(REPLAY_FILE));
    new LearnerState(steps, updates, exploration.step(), pendingTargetUpdates, exploration.randomState(),
        sampling.state()).write(dir, "DQN");
  }

  @Override
  public void load(Path dir) throws IOException {
    QNetwork loadedOnline = online.restore(dir.resolve(ONLINE_FILE));
    QNetwork loadedTarget = online.restore(dir.resolve(TARGET_FILE));
    LearnerState state = LearnerState.read(dir);
    replay.load(dir.resolve(REPLAY_FILE));
    online = loadedOnline;
    target = loadedTarget;
    steps = state.steps();
    updates = state.updates();
    pendingTargetUpdates = Math.toIntExact(state.pendingTargetUpdates());
    exploration.restore(state.explorationStep(), state.explorationRandom());
    sampling = SplitMix.restore(state.samplingRandom());
  }

}
