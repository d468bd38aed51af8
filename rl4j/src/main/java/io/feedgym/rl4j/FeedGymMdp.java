package io.feedgym.rl4j;

import io.feedgym.env.Environment;
import io.feedgym.env.Step;
import io.feedgym.env.registry.Envs;
import io.feedgym.env.spaces.Discrete;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.deeplearning4j.gym.StepReply;
import org.deeplearning4j.rl4j.mdp.MDP;
import org.deeplearning4j.rl4j.space.Box;
import org.deeplearning4j.rl4j.space.DiscreteSpace;
import org.deeplearning4j.rl4j.space.ObservationSpace;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A FeedGym environment with a {@link io.feedgym.env.spaces.Box} observation space and a {@link Discrete}
 * action space, seen as an RL4J 1.0.0-M1.1 {@link MDP}: observations become RL4J {@link Box}es (rank-1
 * arrays; RL4J adds the batch dimension), actions are the same integers.
 *
 * <p><b>Terminated and truncated.</b> RL4J knows only {@link #isDone()}, and its Q-learning stores every
 * done transition as terminal (no bootstrap). The adapter reports {@code done = terminated || truncated},
 * so a time limit inside the wrapped environment (the registry's {@code TimeLimit}) becomes a terminal
 * state for RL4J. To keep Gymnasium's semantics (a truncated transition still bootstraps), give the
 * adapter the environment without its time limit and set RL4J's {@code maxEpochStep} to the limit: RL4J
 * then cuts the episode itself and stores its last transition as non-terminal. Each reply's
 * {@link StepReply#getInfo() info} is the FeedGym {@link Step}, and {@link #lastStep()} keeps it, so a
 * caller can still tell the two apart.
 *
 * <p><b>Seeding.</b> The first {@link #reset()} is {@code reset(seed)} and later ones continue the
 * environment's random stream, as in FeedGym's runner; {@link DiscreteSpace#randomAction()} (RL4J's
 * exploration) draws from an ND4J generator seeded from {@code seed}; {@link #newInstance()} builds a
 * fresh environment with the next seed of a stream split from {@code seed}. Not thread-safe.
 */
public final class FeedGymMdp implements MDP<Box, Integer, DiscreteSpace>, AutoCloseable {
  private final Supplier<? extends Environment<double[], Integer>> factory;
  private final Environment<double[], Integer> env;
  private final long seed;
  private final SplittableRandom instanceSeeds;
  private final BoxObservationSpace observationSpace;
  private final DiscreteSpace actionSpace;
  private boolean reseed = true;
  private boolean done = true;
  private Step<double[]> lastStep;

  /**
   * Adapts the environment {@code factory} builds (called once now and once per {@link #newInstance()});
   * it must have a {@link io.feedgym.env.spaces.Box} observation space and a {@link Discrete} action space.
   */
  public FeedGymMdp(Supplier<? extends Environment<double[], Integer>> factory, long seed) {
    this.factory = Objects.requireNonNull(factory, "factory");
    this.env = Objects.requireNonNull(factory.get(), "factory returned null");
    this.seed = seed;
    SplittableRandom seeds = new SplittableRandom(seed);
    long actionSeed = seeds.nextLong();
    this.instanceSeeds = seeds.split();
    if (!(env.observationSpace() instanceof io.feedgym.env.spaces.Box box)) {
      throw new IllegalArgumentException(
          "RL4J needs a Box observation space, found " + env.observationSpace() + " in " + env);
    }
    if (!(env.actionSpace() instanceof Discrete discrete)) {
      throw new IllegalArgumentException(
          "RL4J's DQN needs a Discrete action space, found " + env.actionSpace() + " in " + env);
    }
    this.observationSpace = new BoxObservationSpace(box, env.toString());
    this.actionSpace = new DiscreteSpace(discrete.n(), Nd4j.getRandomFactory().getNewRandomInstance(actionSeed));
  }

  /** Adapts registered environment {@code id} (e.g. {@code cartpole-v1}, with its time limit) built with {@code overrides}. */
  public static FeedGymMdp make(String id, Map<String, String> overrides, long seed) {
    return new FeedGymMdp(() -> typed(Envs.make(id, overrides)), seed);
  }

  /** Registry environments have unknown types; the constructor checks the spaces that make this cast safe. */
  @SuppressWarnings("unchecked")
  private static Environment<double[], Integer> typed(Environment<?, ?> env) {
    return (Environment<double[], Integer>) env;
  }

  /** The wrapped FeedGym environment. */
  public Environment<double[], Integer> environment() {
    return env;
  }

  /** The outcome of the last step of the current episode, or null right after a reset. */
  public Step<double[]> lastStep() {
    return lastStep;
  }

  @Override
  public ObservationSpace<Box> getObservationSpace() {
    return observationSpace;
  }

  @Override
  public DiscreteSpace getActionSpace() {
    return actionSpace;
  }

  @Override
  public Box reset() {
    double[] observation = reseed ? env.reset(seed).observation() : env.reset().observation();
    reseed = false;
    done = false;
    lastStep = null;
    return new Box(observation);
  }

  /**
   * Applies {@code action}; the reply's info is the FeedGym {@link Step}. Throws
   * {@link IllegalStateException} when the episode is over (RL4J must reset first) and the environment's
   * {@link IllegalArgumentException} for an action outside the space.
   */
  @Override
  public StepReply<Box> step(Integer action) {
    if (done) {
      throw new IllegalStateException(
          "FeedGymMdp: step(" + action + ") called without an episode running; call reset() first");
    }
    Step<double[]> step = env.step(action);
    lastStep = step;
    done = step.done();
    return new StepReply<>(new Box(step.observation()), step.reward(), done, step);
  }

  /** True when the last step terminated or truncated the episode (and before the first reset). */
  @Override
  public boolean isDone() {
    return done;
  }

  @Override
  public void close() {
    env.close();
  }

  /** A new adapter over a new environment from the same factory, seeded with the next seed of this adapter's stream. */
  @Override
  public FeedGymMdp newInstance() {
    return new FeedGymMdp(factory, instanceSeeds.nextLong());
  }

  @Override
  public String toString() {
    return "FeedGymMdp(" + env + ", seed=" + seed + ")";
  }
}
