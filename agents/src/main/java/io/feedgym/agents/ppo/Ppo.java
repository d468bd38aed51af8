package io.feedgym.agents.ppo;

import com.google.common.collect.ImmutableMap;
import io.feedgym.env.Environment;
import io.feedgym.env.Step;
import io.feedgym.env.feed.FeedObservationSpace;
import io.feedgym.env.spaces.Box;
import io.feedgym.env.spaces.Discrete;
import io.feedgym.env.spaces.Slate;
import io.feedgym.io.AtomicFiles;
import io.feedgym.io.StateFile;
import io.feedgym.policies.Agent;
import io.feedgym.policies.ObservationEncoder;
import io.feedgym.policies.Policy;
import io.feedgym.random.SplitMix;
import io.feedgym.replay.RolloutBuffer;
import io.feedgym.replay.RolloutStep;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.deeplearning4j.nn.gradient.Gradient;

/**
 * Proximal Policy Optimization (Schulman et al. 2017, "Proximal Policy Optimization Algorithms"), following
 * CleanRL's {@code ppo.py}: {@code num_envs} environments are stepped in lock-step for {@code num_steps}
 * steps into a {@link RolloutBuffer}; GAE(λ) advantages (Schulman et al. 2016, eq. 16; a truncated episode
 * bootstraps from V of its final observation, a terminated one does not); then {@code update_epochs} passes
 * over shuffled minibatches, each one Adam step on the combined objective (Schulman et al. 2017, eq. 9, as a
 * loss to minimise)
 * <pre>
 *   L = −min(r Â, clip(r, 1 − ε, 1 + ε) Â)  + c_v · ½ max((V − R)², (V_old + clip(V − V_old, ±ε) − R)²)  − c_e · H
 * </pre>
 * averaged over the minibatch, with r = π(a|s)/π_old(a|s) (the clipped surrogate is eq. 7), Â normalised per
 * minibatch, R = Â + V_old, and the gradient clipped to a global L2 norm of {@code max_grad_norm} over all
 * trained parameters (actor, critic and a Gaussian's log σ together, as PyTorch's {@code clip_grad_norm_};
 * DL4J's per-layer {@code GradientNormalization} modes are not global). The learning rate anneals linearly.
 *
 * <p>The loss is computed in plain Java from the networks' outputs, giving ∂L/∂output, which is
 * back-propagated through the DL4J networks as an external error ({@link PpoNetwork}): a DL4J loss function
 * only sees one output row against labels, while a Plackett–Luce slate's log-probability couples all of a
 * page's candidate rows, and the global-norm clip needs every gradient before any update. The parts are an
 * {@link ActionHead} (categorical, Gaussian or Plackett–Luce) and a {@link PpoEncoder} per environment.
 * Acting runs on plain-Java mirrors of the actor and critic; every random draw comes from {@link SplitMix}
 * streams split from the seed. Not thread-safe.
 *
 * @param <O> the observation type
 * @param <A> the action type
 */
public final class Ppo<O, A> implements Agent<O, A> {
  private static final String ACTOR_FILE = "actor.zip";
  private static final String CRITIC_FILE = "critic.zip";
  private static final String ROLLOUT_FILE = "rollout.bin";
  private static final String STATE_FILE = "ppo_state.properties";
  private static final String ENCODERS_FILE = "encoders.properties";

  private final PpoConfig config;
  private final ActionHead<A> head;
  private final List<PpoEncoder<O>> encoders = new ArrayList<>();
  private final PpoEncoder<O> greedyEncoder;
  private final RolloutBuffer rollout;
  private final long plannedRollouts;
  private final int stateSize;
  private final int rows;
  private final int itemSize;
  private final float[][] pendingObservations;
  private final float[][] pendingActions;
  private final double[] pendingLogProbs;
  private final double[] pendingValues;
  private final float[] scratch;
  private final float[] actingRows;
  private PpoActor actor;
  private PpoNetwork critic;
  private SplitMix actionRandom;
  private SplitMix shuffleRandom;
  private long steps;
  private long updates;
  private long rollouts;

  /** Assembles PPO from an encoder factory (one encoder per environment) and an action head. */
  Ppo(PpoConfig config, Supplier<? extends PpoEncoder<O>> encoders, ActionHead<A> head, long seed, long totalSteps) {
    if (totalSteps <= 0) {
      throw new IllegalArgumentException("total steps must be positive, found " + totalSteps);
    }
    this.config = config;
    this.head = head;
    for (int e = 0; e < config.numEnvs(); e++) {
      this.encoders.add(encoders.get());
    }
    this.greedyEncoder = encoders.get();
    this.stateSize = greedyEncoder.stateSize();
    this.rows = greedyEncoder.rows();
    this.itemSize = greedyEncoder.itemSize();
    this.plannedRollouts = Math.max(1, totalSteps / config.batchSize());
    SplitMix seeds = new SplitMix(seed);
    SplitMix actorSeeds = seeds.split();
    this.actor = config.network().block().isEmpty()
        ? PpoNetwork.build(stateSize + itemSize, config.hiddenSizes(), head.outputs(), 0.01, config.learningRate(),
            actorSeeds)
        : BlockActor.build(config.network().block().get(), stateSize, blockItemSize(head, itemSize, config),
            config.hiddenSizes(), config.learningRate(), actorSeeds.nextLong());
    this.critic = PpoNetwork.build(stateSize, config.hiddenSizes(), 1, 1.0, config.learningRate(), seeds.split());
    this.actionRandom = seeds.split();
    this.shuffleRandom = seeds.split();
    int size = greedyEncoder.size();
    this.rollout = new RolloutBuffer(config.numSteps(), config.numEnvs(), size, head.actionSize());
    this.pendingObservations = new float[config.numEnvs()][size];
    this.pendingActions = new float[config.numEnvs()][head.actionSize()];
    this.pendingLogProbs = new double[config.numEnvs()];
    this.pendingValues = new double[config.numEnvs()];
    this.scratch = new float[size];
    this.actingRows = new float[rows * (stateSize + itemSize)];
  }

  /**
   * The registry factory: a categorical policy for a {@link Discrete} action on a flat {@link Box} observation,
   * a Plackett–Luce slate policy for a feed's {@link Slate} action, a Gaussian for a {@link Box} action (feed
   * ranking weights or a flat observation).
   */
  public static Agent<?, ?> create(Environment<?, ?> env, PpoConfig config, long seed, long totalSteps) {
    var observations = env.observationSpace();
    var actions = env.actionSpace();
    if (observations instanceof FeedObservationSpace space) {
      if (actions instanceof Slate slate && slate.n() == space.numCandidates()) {
        return new Ppo<>(config, () -> FeedEncoder.pages(space), new SlateHead(slate.k()), seed, totalSteps);
      }
      if (actions instanceof Box box && box.shape().length == 1) {
        return new Ppo<>(config, () -> FeedEncoder.state(space), new GaussianHead(box), seed, totalSteps);
      }
    } else if (observations instanceof Box box && box.shape().length == 1) {
      Supplier<FlatEncoder<double[]>> flat = () -> new FlatEncoder<>(ObservationEncoder.flat(box.size()));
      if (actions instanceof Discrete discrete) {
        return new Ppo<>(config, flat, new CategoricalHead(discrete.n()), seed, totalSteps);
      }
      if (actions instanceof Box action && action.shape().length == 1) {
        return new Ppo<>(config, flat, new GaussianHead(action), seed, totalSteps);
      }
    }
    throw new IllegalArgumentException("ppo needs a flat Box observation with a Discrete or Box action, or a feed "
        + "with slate or ranking-weight actions, found observation space " + observations + " and action space "
        + actions);
  }

  @Override
  public int numEnvs() {
    return config.numEnvs();
  }

  @Override
  public A act(O observation) {
    requireOneEnvironment();
    return act(List.of(observation)).get(0);
  }

  @Override
  public Map<String, Double> observe(O observation, A action, Step<O> step) {
    requireOneEnvironment();
    return observe(List.of(observation), List.of(action), List.of(step));
  }

  private void requireOneEnvironment() {
    if (config.numEnvs() != 1) {
      throw new IllegalStateException("ppo with num_envs=" + config.numEnvs() + " steps its environments in "
          + "lock-step through act(List) and observe(List, List, List)");
    }
  }

  @Override
  public List<A> act(List<O> observations) {
    List<A> actions = new ArrayList<>(observations.size());
    for (int e = 0; e < observations.size(); e++) {
      float[] encoded = pendingObservations[e];
      encoders.get(e).encode(observations.get(e), encoded);
      double[] params = actorOutputs(encoded, 0);
      actions.add(head.sample(params, mask(encoded, 0), actionRandom, pendingActions[e]));
      pendingLogProbs[e] = head.logProb(params, mask(encoded, 0), pendingActions[e]);
      pendingValues[e] = critic.output(encoded)[0];
    }
    return actions;
  }

  @Override
  public Policy<O, A> greedy() {
    return observation -> {
      greedyEncoder.encode(observation, scratch);
      return head.greedy(actorOutputs(scratch, 0), mask(scratch, 0));
    };
  }

  /** The actor's outputs (rows × outputs) for the encoded observation at {@code observations[offset]}. */
  private double[] actorOutputs(float[] observations, int offset) {
    int width = stateSize + itemSize;
    for (int r = 0; r < rows; r++) {
      System.arraycopy(observations, offset, actingRows, r * width, stateSize);
      System.arraycopy(observations, offset + stateSize + r * itemSize, actingRows, r * width + stateSize, itemSize);
    }
    float[] out = actor.act(actingRows, rows);
    double[] params = new double[out.length];
    for (int i = 0; i < out.length; i++) {
      params[i] = out[i];
    }
    return params;
  }

  /** The item width of a block actor, which scores (state, item) rows: only slate heads have items. */
  private static int blockItemSize(ActionHead<?> head, int itemSize, PpoConfig config) {
    if (itemSize == 0 || head.outputs() != 1) {
      throw new IllegalArgumentException("network=" + config.network().id() + " scores (state, item) rows and needs a "
          + "slate action (feed pages with action=slate); use network=mlp for this action space");
    }
    return itemSize;
  }

  /** The rows' availability in the encoded observation at {@code observations[offset]}. */
  private boolean[] mask(float[] observations, int offset) {
    boolean[] mask = new boolean[rows];
    int from = offset + stateSize + rows * itemSize;
    for (int r = 0; r < rows; r++) {
      mask[r] = observations[from + r] > 0.5f;
    }
    return mask;
  }

  /**
   * V of an observation, by the critic's mirror, encoded with environment {@code env}'s encoder, whose state is
   * left as it was: the observation is either acted on next (and encoded then) or an episode's final one.
   */
  private double value(int env, O observation) {
    PpoEncoder<O> encoder = encoders.get(env);
    double[] state = encoder.state();
    encoder.encode(observation, scratch);
    encoder.restore(state);
    return critic.output(scratch)[0];
  }

  @Override
  public Map<String, Double> observe(List<O> observations, List<A> actions, List<Step<O>> steps) {
    List<RolloutStep> entries = new ArrayList<>(steps.size());
    for (int e = 0; e < steps.size(); e++) {
      Step<O> step = steps.get(e);
      double finalValue = step.truncated() && !step.terminated() ? value(e, step.observation()) : 0;
      entries.add(new RolloutStep(pendingObservations[e].clone(), pendingActions[e].clone(), pendingLogProbs[e],
          pendingValues[e], step.reward(), step.terminated(), step.truncated(), finalValue));
    }
    rollout.add(entries);
    this.steps += steps.size();
    for (int e = 0; e < steps.size(); e++) {
      if (steps.get(e).done()) {
        encoders.get(e).startEpisode();
      }
    }
    if (!rollout.full()) {
      return Map.of();
    }
    double[] nextValues = new double[steps.size()];
    for (int e = 0; e < nextValues.length; e++) {
      nextValues[e] = steps.get(e).done() ? 0 : value(e, steps.get(e).observation());
    }
    rollout.computeAdvantages(nextValues, config.gamma(), config.gaeLambda());
    Map<String, Double> metrics = update();
    rollout.clear();
    rollouts++;
    return metrics;
  }

  /** {@code update_epochs} passes of shuffled minibatches over the rollout; returns CleanRL's loss metrics. */
  private Map<String, Double> update() {
    double learningRate = config.annealLr()
        ? config.learningRate() * Math.max(0, 1.0 - (double) rollouts / plannedRollouts) : config.learningRate();
    if (config.annealLr()) {
      actor.setLearningRate(learningRate);
      critic.setLearningRate(learningRate);
    }
    int batch = rollout.size();
    int[] order = new int[batch];
    for (int i = 0; i < batch; i++) {
      order[i] = i;
    }
    MinibatchStats last = null;
    double clipFractions = 0;
    int minibatches = 0;
    for (int epoch = 0; epoch < config.updateEpochs(); epoch++) {
      for (int i = batch - 1; i > 0; i--) {
        int j = shuffleRandom.nextInt(i + 1);
        int swap = order[i];
        order[i] = order[j];
        order[j] = swap;
      }
      for (int start = 0; start < batch; start += config.minibatchSize()) {
        last = minibatch(order, start, config.minibatchSize(), learningRate);
        clipFractions += last.clipFraction();
        minibatches++;
      }
    }
    actor.sync();
    critic.sync();
    return ImmutableMap.<String, Double>builder()
        .put("losses/policy_loss", last.policyLoss())
        .put("losses/value_loss", last.valueLoss())
        .put("losses/entropy", last.entropy())
        .put("losses/approx_kl", last.approxKl())
        .put("losses/clipfrac", clipFractions / minibatches)
        .put("losses/explained_variance", explainedVariance())
        .put("charts/learning_rate", learningRate)
        .build();
  }

  /** The last minibatch's losses and diagnostics. */
  private record MinibatchStats(double policyLoss, double valueLoss, double entropy, double approxKl,
      double clipFraction) {}

  /**
   * One gradient step on the entries {@code order[start, start + size)}: the loss of the class comment,
   * its gradient with respect to the actor's and critic's outputs, back-propagated, clipped to the global
   * norm and applied.
   */
  private MinibatchStats minibatch(int[] order, int start, int size, double learningRate) {
    int width = stateSize + itemSize;
    int outputs = head.outputs();
    float[] observations = new float[size * rollout.observationSize()];
    float[] states = new float[size * stateSize];
    float[] actorInputs = new float[size * rows * width];
    double[] advantages = new double[size];
    for (int b = 0; b < size; b++) {
      int offset = b * rollout.observationSize();
      rollout.observation(order[start + b], observations, offset);
      System.arraycopy(observations, offset, states, b * stateSize, stateSize);
      for (int r = 0; r < rows; r++) {
        int to = (b * rows + r) * width;
        System.arraycopy(observations, offset, actorInputs, to, stateSize);
        System.arraycopy(observations, offset + stateSize + r * itemSize, actorInputs, to + stateSize, itemSize);
      }
      advantages[b] = rollout.advantage(order[start + b]);
    }
    if (config.normAdv()) {
      normalize(advantages);
    }
    float[][] actorOut = actor.forward(actorInputs, size * rows);
    float[][] values = critic.forward(states, size);
    float[] actorError = new float[size * rows * outputs];
    float[] valueError = new float[size];
    double policyLoss = 0;
    double valueLoss = 0;
    double entropy = 0;
    double approxKl = 0;
    int clipped = 0;
    double clip = config.clipCoef();
    for (int b = 0; b < size; b++) {
      int i = order[start + b];
      double[] params = new double[rows * outputs];
      for (int r = 0; r < rows; r++) {
        for (int j = 0; j < outputs; j++) {
          params[r * outputs + j] = actorOut[b * rows + r][j];
        }
      }
      boolean[] mask = mask(observations, b * rollout.observationSize());
      float[] action = rollout.action(i);
      double logRatio = head.logProb(params, mask, action) - rollout.logProb(i);
      double ratio = Math.exp(logRatio);
      approxKl += (ratio - 1) - logRatio;
      clipped += Math.abs(ratio - 1) > clip ? 1 : 0;
      double a = advantages[b];
      double unclippedLoss = -a * ratio;
      double clippedLoss = -a * Math.min(1 + clip, Math.max(1 - clip, ratio));
      policyLoss += Math.max(unclippedLoss, clippedLoss);
      // ∂/∂log π of max(−Â r, −Â clip(r)): −Â r where the unclipped term is the max, else 0 (r outside the clip).
      double dLogProb = clippedLoss > unclippedLoss ? 0 : -a * ratio / size;
      entropy += head.entropy(params, mask, action);
      double[] gradient = new double[params.length];
      head.addGradient(params, mask, action, dLogProb, -config.entCoef() / size, gradient);
      for (int k = 0; k < gradient.length; k++) {
        actorError[b * rows * outputs + k] = (float) gradient[k];
      }
      double v = values[b][0];
      double target = rollout.returnOf(i);
      double old = rollout.value(i);
      double error = v - target;
      double squared = error * error;
      if (config.clipVloss()) {
        double vClipped = old + Math.min(clip, Math.max(-clip, v - old));
        double squaredClipped = (vClipped - target) * (vClipped - target);
        if (squaredClipped > squared) {
          squared = squaredClipped;
          error = Math.abs(v - old) < clip ? vClipped - target : 0;
        }
      }
      valueLoss += 0.5 * squared;
      valueError[b] = (float) (config.vfCoef() * error / size);
    }
    Gradient actorGradient = actor.backprop(actorError, size * rows);
    Gradient criticGradient = critic.backprop(valueError, size);
    double norm = Math.sqrt(PpoNetwork.squaredNorm(actorGradient) + PpoNetwork.squaredNorm(criticGradient)
        + head.gradientSquaredNorm());
    double scale = Math.min(1.0, config.maxGradNorm() / (norm + 1e-6));
    actor.step(actorGradient, scale, updates);
    critic.step(criticGradient, scale, updates);
    head.step(scale, learningRate, updates);
    updates++;
    return new MinibatchStats(policyLoss / size, valueLoss / size, entropy / size, approxKl / size,
        clipped / (double) size);
  }

  /** (x − mean) / (std + 1e-8) with the unbiased standard deviation, as PyTorch's {@code std()}. */
  private static void normalize(double[] x) {
    double mean = mean(x);
    double std = x.length > 1 ? Math.sqrt(variance(x) * x.length / (x.length - 1)) : 0;
    for (int i = 0; i < x.length; i++) {
      x[i] = (x[i] - mean) / (std + 1e-8);
    }
  }

  /** 1 − Var(R − V_old) / Var(R) over the rollout (NaN-free: 0 when the returns do not vary). */
  private double explainedVariance() {
    int n = rollout.size();
    double[] returns = new double[n];
    double[] residuals = new double[n];
    for (int i = 0; i < n; i++) {
      returns[i] = rollout.returnOf(i);
      residuals[i] = returns[i] - rollout.value(i);
    }
    double variance = variance(returns);
    return variance == 0 ? 0 : 1 - variance(residuals) / variance;
  }

  private static double mean(double[] x) {
    double sum = 0;
    for (double v : x) {
      sum += v;
    }
    return sum / x.length;
  }

  /** The population variance of {@code x}. */
  private static double variance(double[] x) {
    double mean = mean(x);
    double sum = 0;
    for (double v : x) {
      sum += (v - mean) * (v - mean);
    }
    return sum / x.length;
  }

  @Override
  public PpoConfig config() {
    return config;
  }

  /** Gradient steps made so far. */
  public long updates() {
    return updates;
  }

  /**
   * Writes actor and critic with their Adam state, the head's own parameters, the rollout collected so far,
   * the counters, both random streams (action sampling, minibatch shuffling) and the encoders' states: all a
   * resumed run needs.
   */
  @Override
  public void save(Path dir) throws IOException {
    Files.createDirectories(dir);
    AtomicFiles.write(dir.resolve(ACTOR_FILE), actor::save);
    AtomicFiles.write(dir.resolve(CRITIC_FILE), critic::save);
    head.save(dir);
    rollout.save(dir.resolve(ROLLOUT_FILE));
    EncoderStates.save(dir.resolve(ENCODERS_FILE), encoders, greedyEncoder);
    StateFile.create(dir.resolve(STATE_FILE))
        .put("steps", steps)
        .put("updates", updates)
        .put("rollouts", rollouts)
        .put("action_random", actionRandom.state())
        .put("shuffle_random", shuffleRandom.state())
        .write("PPO counters and random streams");
  }

  @Override
  public void load(Path dir) throws IOException {
    PpoActor loadedActor = actor.restore(dir.resolve(ACTOR_FILE));
    PpoNetwork loadedCritic = critic.restore(dir.resolve(CRITIC_FILE));
    StateFile state = StateFile.read(dir.resolve(STATE_FILE));
    head.load(dir);
    rollout.load(dir.resolve(ROLLOUT_FILE));
    EncoderStates.load(dir.resolve(ENCODERS_FILE), encoders, greedyEncoder);
    actor = loadedActor;
    critic = loadedCritic;
    steps = state.getLong("steps", 0);
    updates = state.getLong("updates", 0);
    rollouts = state.getLong("rollouts", 0);
    actionRandom = SplitMix.restore(state.getRandom("action_random"));
    shuffleRandom = SplitMix.restore(state.getRandom("shuffle_random"));
  }
}
