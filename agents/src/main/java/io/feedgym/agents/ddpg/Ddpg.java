package io.feedgym.agents.ddpg;

import com.google.common.collect.ImmutableMap;
import io.feedgym.agents.ddpg.DdpgConfig.Bound;
import io.feedgym.agents.ddpg.DdpgConfig.NoiseKind;
import io.feedgym.agents.nn.NativeMemory;
import io.feedgym.agents.nn.NetworkFiles;
import io.feedgym.env.Environment;
import io.feedgym.env.Step;
import io.feedgym.env.feed.FeedObservationSpace;
import io.feedgym.env.spaces.Box;
import io.feedgym.io.StateFile;
import io.feedgym.policies.Agent;
import io.feedgym.policies.ObservationEncoder;
import io.feedgym.policies.Policy;
import io.feedgym.policies.exploration.ActionNoise;
import io.feedgym.policies.exploration.GaussianNoise;
import io.feedgym.policies.exploration.NoisyActions;
import io.feedgym.policies.exploration.OrnsteinUhlenbeckNoise;
import io.feedgym.policies.feed.FeedStateFeatures;
import io.feedgym.random.SplitMix;
import io.feedgym.replay.BoxStorage;
import io.feedgym.replay.NStepConfig;
import io.feedgym.replay.NStepStorage;
import io.feedgym.replay.ReplayBuffer;
import io.feedgym.replay.Transition;
import io.feedgym.replay.UniformReplayBuffer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Deep Deterministic Policy Gradient (Lillicrap et al. 2016, "Continuous control with deep reinforcement
 * learning", ICLR, Algorithm 1) for {@link Box} actions. A deterministic actor μ(s) ∈ [-1, 1]^F ({@link Actor},
 * rescaled to the box) acts with exploration noise ({@link NoisyActions}: Gaussian or Ornstein–Uhlenbeck,
 * reset at every episode's start), after {@code learning_starts} uniformly random steps. Every
 * {@code train_frequency} steps, {@code gradient_steps} times, one minibatch from the uniform replay buffer makes
 * <ul>
 *   <li>a critic step on L = (1/B) Σ_i (y_i − Q(s_i, a_i))², y_i = r_i + γ (1 − terminated_i) Q′(s′_i, μ′(s′_i))
 *       from the target networks (a truncated step bootstraps, a terminated one does not); with
 *       {@code n_steps} = n &gt; 1, r_i is the discounted sum of m ≤ n rewards and the bootstrap is discounted by
 *       γ^m (the n-step target of D4PG, Barth-Maron et al. 2018, Sec. 3);</li>
 *   <li>an actor step up ∇θ J ≈ (1/B) Σ_i ∇a Q(s_i, a)|a=μ(s_i) ∇θ μ(s_i), ∂Q/∂a from the critic's input
 *       epsilon ({@link Critic#actionGradient}) fed back into the actor ({@link Actor#ascend});</li>
 *   <li>soft target updates θ′ ← τ θ + (1 − τ) θ′ of both networks.</li>
 * </ul>
 * The critic is plain or in the advantage form Q = V(s) + A(s, a) ({@link DdpgConfig.CriticForm}), or a block
 * of module {@code networks} ({@code network=}); the actor's
 * output is tanh or linear with inverted gradients ({@link DdpgConfig.Bound}). TD3's three changes (Fujimoto, van
 * Hoof &amp; Meger 2018, "Addressing function approximation error in actor-critic methods", ICML, Algorithm 1) are
 * options: clipped double Q ({@code twin_critics}), delayed policy and target updates ({@code policy_delay}) and
 * target policy smoothing ({@code target_noise}, {@code target_noise_clip}). The replay stores the action in
 * the actor's [-1, 1] units. Acting runs on the actor's plain-Java mirror; the updates
 * run in DL4J. Not thread-safe.
 *
 * @param <O> the observation type, flattened by an {@link ObservationEncoder}
 */
public final class Ddpg<O> implements Agent<O, double[]> {
  private static final String ACTOR = "actor.zip";
  private static final String CRITIC = "critic.zip";
  private static final String TARGET_ACTOR = "target_actor.zip";
  private static final String TARGET_CRITIC = "target_critic.zip";
  private static final String CRITIC_2 = "critic2.zip";
  private static final String TARGET_CRITIC_2 = "target_critic2.zip";
  private static final String REPLAY_FILE = "replay.bin";
  private static final String STATE_FILE = "agent_state.properties";

  private final DdpgConfig config;
  private final ObservationEncoder<O> encoder;
  private final Box box;
  private final int actions;
  private final ReplayBuffer<Transition<double[], double[]>> replay;
  private final ActionNoise noise;
  private final NoisyActions<O> exploring;
  private final float[] state;
  // The minibatch, allocated once and refilled in place (a fresh ND4J array costs an off-heap allocation).
  private final float[] batchStates;
  private final float[] batchNextStates;
  private final float[] batchActions;
  private final INDArray states;
  private final INDArray nextStates;
  private final INDArray taken;
  private SplitMix warmup;
  private SplitMix sampling;
  private Actor actor;
  private Critic critic;
  private Actor targetActor;
  private Critic targetCritic;
  /** TD3's second critic and its target; null without {@code twin_critics}. */
  private Critic critic2;
  private Critic targetCritic2;
  /** Draws TD3's target policy smoothing noise. */
  private SplitMix smoothing;
  private long steps;
  private long updates;

  /** Assembles DDPG for states encoded by {@code encoder} and actions in {@code box}. */
  public Ddpg(DdpgConfig config, ObservationEncoder<O> encoder, Box box, long seed) {
    this.config = config;
    this.encoder = encoder;
    this.box = box;
    this.actions = box.size();
    for (int i = 0; i < actions; i++) {
      if (!Double.isFinite(box.low(i)) || !Double.isFinite(box.high(i))) {
        throw new IllegalArgumentException("ddpg needs a bounded action Box, found " + box);
      }
    }
    SplitMix seeds = new SplitMix(seed);
    this.actor = Actor.build(encoder.size(), config.actorHiddenSizes(), actions, config.bound(),
        config.actorLearningRate(), config.initialAction(), seeds.nextLong());
    long criticSeed = seeds.nextLong();
    this.critic = buildCritic(config, encoder.size(), actions, criticSeed);
    this.targetActor = actor.targetCopy();
    this.targetCritic = critic.targetCopy();
    // TD3's parts draw from their own stream, so the other parts are seeded as without them.
    SplitMix td3Seeds = new SplitMix(criticSeed ^ 0x9E3779B97F4A7C15L);
    long critic2Seed = td3Seeds.nextLong();
    if (config.twinCritics()) {
      this.critic2 = buildCritic(config, encoder.size(), actions, critic2Seed);
      this.targetCritic2 = critic2.targetCopy();
    }
    this.smoothing = td3Seeds.split();
    this.noise = config.noise() == NoiseKind.GAUSSIAN
        ? new GaussianNoise(config.noiseSigma(), actions, seeds.nextLong())
        : new OrnsteinUhlenbeckNoise(config.ouTheta(), config.noiseSigma(), config.ouDt(), actions, seeds.nextLong());
    this.state = new float[encoder.size()];
    this.batchStates = new float[config.batchSize() * encoder.size()];
    this.batchNextStates = new float[config.batchSize() * encoder.size()];
    this.batchActions = new float[config.batchSize() * actions];
    this.states = Nd4j.create(DataType.FLOAT, config.batchSize(), encoder.size());
    this.nextStates = Nd4j.create(DataType.FLOAT, config.batchSize(), encoder.size());
    this.taken = Nd4j.create(DataType.FLOAT, config.batchSize(), actions);
    this.exploring = new NoisyActions<>(this::unitAction, noise, Box.uniform(-1, 1, actions));
    this.warmup = seeds.split();
    this.sampling = seeds.split();
    this.replay = new UniformReplayBuffer<>(config.nSteps() == 1 ? new BoxStorage(config.bufferSize(), encoder.size(),
        actions) : new NStepStorage<>(new NStepConfig(config.nSteps(), config.gamma()), config.bufferSize(),
            capacity -> new BoxStorage(capacity, encoder.size(), actions)));
  }

  /**
   * The registry factory: needs a bounded {@link Box} action space, and a one-dimensional {@link Box}
   * observation space or the feed's pages ({@link FeedStateFeatures}: the user and context, not the candidates).
   */
  @SuppressWarnings("unchecked")
  public static Agent<?, ?> create(Environment<?, ?> env, DdpgConfig config, long seed, long totalSteps) {
    if (!(env.actionSpace() instanceof Box box) || box.shape().length != 1) {
      throw new IllegalArgumentException("ddpg needs a one-dimensional Box action space (e.g. feed-v0 with "
          + "--set action=weights), found " + env.actionSpace());
    }
    if (env.observationSpace() instanceof FeedObservationSpace space) {
      return new Ddpg<>(config, new FeedStateFeatures(space), box, seed);
    }
    if (env.observationSpace() instanceof Box observations && observations.shape().length == 1) {
      return new Ddpg<>(config, ObservationEncoder.flat(observations.size()), box, seed);
    }
    throw new IllegalArgumentException("ddpg needs a one-dimensional Box or feed observation space, found "
        + env.observationSpace());
  }

  private double[] unitAction(O observation) {
    encoder.encode(observation, state, 0);
    float[] mu = actor.act(state);
    double[] u = new double[actions];
    for (int i = 0; i < actions; i++) {
      u[i] = mu[i];
    }
    return u;
  }

  /**
   * {@code u} clipped to [-1, 1]^F (a linear actor's output may leave it) in the action box:
   * low + (u + 1)/2 · (high − low), exact at the ends.
   */
  private double[] toBox(double[] u) {
    double[] a = new double[actions];
    for (int i = 0; i < actions; i++) {
      double low = box.low(i);
      double high = box.high(i);
      double clipped = Math.max(-1, Math.min(1, u[i]));
      a[i] = low == -1 && high == 1 ? clipped : Math.min(high, low + (clipped + 1) / 2 * (high - low));
    }
    return a;
  }

  /** The inverse of {@link #toBox}. */
  private double[] toUnit(double[] a) {
    double[] u = new double[actions];
    for (int i = 0; i < actions; i++) {
      double low = box.low(i);
      double high = box.high(i);
      u[i] = low == -1 && high == 1 ? a[i] : Math.max(-1, Math.min(1, 2 * (a[i] - low) / (high - low) - 1));
    }
    return u;
  }

  @Override
  public double[] act(O observation) {
    if (steps < config.learningStarts()) {
      double[] u = new double[actions];
      for (int i = 0; i < actions; i++) {
        u[i] = 2 * warmup.nextDouble() - 1;
      }
      return toBox(u);
    }
    return toBox(exploring.act(observation));
  }

  @Override
  public Policy<O, double[]> greedy() {
    return observation -> toBox(unitAction(observation));
  }

  @Override
  public Map<String, Double> observe(O observation, double[] action, Step<O> step) {
    replay.add(new Transition<>(encoded(observation), toUnit(action), step.reward(), encoded(step.observation()),
        step.terminated(), step.truncated()));
    steps++;
    if (step.done()) {
      noise.reset();
    }
    return steps > config.learningStarts() && steps % config.trainFrequency() == 0 ? train() : Map.of();
  }

  private double[] encoded(O observation) {
    float[] features = new float[encoder.size()];
    encoder.encode(observation, features, 0);
    double[] values = new double[features.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = features[i];
    }
    return values;
  }

  /** {@code gradient_steps} updates; returns the last one's losses and mean Q(s, a). */
  private Map<String, Double> train() {
    Map<String, Double> metrics = Map.of();
    for (int g = 0; g < config.gradientSteps(); g++) {
      metrics = update();
    }
    return metrics;
  }

  /** One DDPG update (Algorithm 1's inner loop) on a replayed minibatch; returns the losses and mean Q(s, a). */
  private Map<String, Double> update() {
    List<Transition<double[], double[]>> batch = replay.sample(config.batchSize(), sampling);
    int b = batch.size();
    int width = encoder.size();
    for (int i = 0; i < b; i++) {
      Transition<double[], double[]> t = batch.get(i);
      for (int j = 0; j < width; j++) {
        batchStates[i * width + j] = (float) t.observation()[j];
        batchNextStates[i * width + j] = (float) t.nextObservation()[j];
      }
      for (int j = 0; j < actions; j++) {
        batchActions[i * actions + j] = (float) t.action()[j];
      }
    }
    states.data().setData(batchStates);
    nextStates.data().setData(batchNextStates);
    taken.data().setData(batchActions);

    // Critic: y = r + γ^m (1 − terminated) Q′(s′, ã) for a transition of m steps (m = 1 unless n_steps > 1), with
    // ã = μ′(s′) clipped to the box as the environment would receive it (a no-op for tanh); TD3 adds clipped noise
    // to ã (target_noise) and takes the smaller of two target critics (twin_critics).
    INDArray nextActions = Transforms.min(Transforms.max(targetActor.output(nextStates), -1, false), 1, false);
    if (config.targetNoise() > 0) {
      nextActions = smoothed(nextActions);
    }
    float[] nextQ = targetCritic.q(nextStates, nextActions);
    if (critic2 != null) {
      float[] nextQ2 = targetCritic2.q(nextStates, nextActions);
      for (int i = 0; i < b; i++) {
        nextQ[i] = Math.min(nextQ[i], nextQ2[i]);
      }
    }
    float[] y = new float[b];
    for (int i = 0; i < b; i++) {
      Transition<double[], double[]> t = batch.get(i);
      double discount = t.steps() == 1 ? config.gamma() : Math.pow(config.gamma(), t.steps());
      y[i] = (float) (t.reward() + (t.terminated() ? 0 : discount * nextQ[i]));
    }
    float[] q = critic.descend(states, taken, y);
    if (critic2 != null) {
      critic2.descend(states, taken, y);
    }
    double criticLoss = 0;
    double meanQ = 0;
    for (int i = 0; i < b; i++) {
      criticLoss += (y[i] - q[i]) * (y[i] - q[i]);
      meanQ += q[i];
    }

    // Actor: ascend (1/B) Σ ∇a [Q(s, a) − λ|a|²]|a=μ(s) ∇θ μ(s), with the critic just updated; one actor forward
    // pass serves both μ(s) and the backward pass. The feed's ranking is invariant to the scale of the weights,
    // so the penalty λ|μ|² changes no ranking the actor can express. With bound = invert_gradients the gradient
    // is scaled toward, and inverted beyond, the box's bounds (Hausknecht and Stone 2016, Sec. 4.3.3).
    // During the first actor_delay updates only the critic learns (a critic burn-in); with policy_delay d the
    // actor and the target networks move on every d-th update only (TD3).
    double actorLoss = Double.NaN;
    boolean delayedStep = updates % config.policyDelay() == 0;
    boolean actorLearns = delayedStep && updates >= config.actorDelay();
    if (actorLearns) {
      INDArray mu = actor.forwardForTraining(states);
      actor.ascend(critic.actionGradient(states, mu), mu, config.actionL2(),
          config.bound() == Bound.INVERT_GRADIENTS);
      actorLoss = -mean(critic.lastQ());
    }

    if (delayedStep) {
      targetCritic.blend(critic, 1 - config.tau());
      if (critic2 != null) {
        targetCritic2.blend(critic2, 1 - config.tau());
      }
    }
    if (actorLearns) {
      targetActor.blend(actor, 1 - config.tau());
    }
    updates++;
    NativeMemory.release();
    return actorLearns
        ? ImmutableMap.of("losses/critic_loss", criticLoss / b, "losses/actor_loss", actorLoss,
            "losses/q_values", meanQ / b)
        : ImmutableMap.of("losses/critic_loss", criticLoss / b, "losses/q_values", meanQ / b);
  }

  /** The configured critic: a block of module networks ({@code network=}) or the MLP in its critic form. */
  private static Critic buildCritic(DdpgConfig config, int states, int actions, long seed) {
    return config.network().block()
        .map(block -> Critic.build(block, states, actions, config.criticHiddenSizes(), config.criticLearningRate(),
            seed))
        .orElseGet(() -> Critic.build(config.critic(), states, actions, config.criticHiddenSizes(),
            config.criticLearningRate(), seed));
  }

  /** ã + clip(N(0, σ̃²), −c, c) per entry, clipped to [-1, 1] (TD3's target policy smoothing). */
  private INDArray smoothed(INDArray actions) {
    float[] values = actions.dup().data().asFloat();
    double clip = config.targetNoiseClip();
    for (int i = 0; i < values.length; i++) {
      double eps = Math.max(-clip, Math.min(clip, config.targetNoise() * smoothing.nextGaussian()));
      values[i] = (float) Math.max(-1, Math.min(1, values[i] + eps));
    }
    return Nd4j.create(values, actions.shape());
  }

  private static double mean(float[] values) {
    double sum = 0;
    for (float v : values) {
      sum += v;
    }
    return sum / values.length;
  }

  @Override
  public DdpgConfig config() {
    return config;
  }

  /** Environment steps observed so far. */
  public long steps() {
    return steps;
  }

  /** Updates made so far. */
  public long updates() {
    return updates;
  }

  /**
   * Writes the actor and critic with their Adam states, both target networks, the replay buffer, the
   * counters, the noise process and the random streams (warm-up, noise, sampling, target smoothing); with
   * {@code twin_critics} also the second critic and its target.
   */
  @Override
  public void save(Path dir) throws IOException {
    Files.createDirectories(dir);
    NetworkFiles.write(dir.resolve(ACTOR), actor.net(), true);
    NetworkFiles.write(dir.resolve(CRITIC), critic.graph(), true);
    NetworkFiles.write(dir.resolve(TARGET_ACTOR), targetActor.net(), false);
    NetworkFiles.write(dir.resolve(TARGET_CRITIC), targetCritic.graph(), false);
    if (critic2 != null) {
      NetworkFiles.write(dir.resolve(CRITIC_2), critic2.graph(), true);
      NetworkFiles.write(dir.resolve(TARGET_CRITIC_2), targetCritic2.graph(), false);
    }
    replay.save(dir.resolve(REPLAY_FILE));
    ActionNoise.State noiseState = noise.state();
    StateFile file = StateFile.create(dir.resolve(STATE_FILE))
        .put("steps", steps)
        .put("updates", updates)
        .put("warmup_random", warmup.state())
        .put("sampling_random", sampling.state())
        .put("smoothing_random", smoothing.state())
        .put("noise_random", noiseState.random())
        .put("noise_values", noiseState.process().length);
    double[] process = noiseState.process();
    for (int i = 0; i < process.length; i++) {
      file.put("noise_value_" + i, Double.doubleToRawLongBits(process[i]));
    }
    file.write("DDPG counters, noise process and random streams");
  }

  @Override
  public void load(Path dir) throws IOException {
    Actor loadedActor = new Actor(NetworkFiles.readMultiLayer(dir.resolve(ACTOR), actor.net()));
    Critic loadedCritic = new Critic(NetworkFiles.readGraph(dir.resolve(CRITIC), critic.graph()));
    Actor loadedTargetActor = Actor.target(NetworkFiles.readMultiLayer(dir.resolve(TARGET_ACTOR), actor.net()));
    Critic loadedTargetCritic = Critic.target(NetworkFiles.readGraph(dir.resolve(TARGET_CRITIC), critic.graph()));
    Critic loadedCritic2 = critic2 == null ? null
        : new Critic(NetworkFiles.readGraph(dir.resolve(CRITIC_2), critic2.graph()));
    Critic loadedTargetCritic2 = critic2 == null ? null
        : Critic.target(NetworkFiles.readGraph(dir.resolve(TARGET_CRITIC_2), critic2.graph()));
    StateFile file = StateFile.read(dir.resolve(STATE_FILE));
    double[] process = new double[(int) file.getLong("noise_values", 0)];
    for (int i = 0; i < process.length; i++) {
      process[i] = Double.longBitsToDouble(file.getLong("noise_value_" + i, Long.MIN_VALUE));
    }
    ActionNoise.State noiseState = new ActionNoise.State(process, file.getRandom("noise_random"));
    try {
      noise.restore(noiseState);
    } catch (IllegalArgumentException e) {
      throw new IOException(dir.resolve(STATE_FILE) + ": " + e.getMessage(), e);
    }
    replay.load(dir.resolve(REPLAY_FILE));
    actor = loadedActor;
    critic = loadedCritic;
    targetActor = loadedTargetActor;
    targetCritic = loadedTargetCritic;
    critic2 = loadedCritic2;
    targetCritic2 = loadedTargetCritic2;
    steps = file.getLong("steps", 0);
    updates = file.getLong("updates", 0);
    warmup = SplitMix.restore(file.getRandom("warmup_random"));
    sampling = SplitMix.restore(file.getRandom("sampling_random"));
    smoothing = SplitMix.restore(file.getRandom("smoothing_random"));
  }
}
