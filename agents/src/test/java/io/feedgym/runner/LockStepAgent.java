package io.feedgym.runner;

import io.feedgym.env.Step;
import io.feedgym.io.StateFile;
import io.feedgym.policies.Agent;
import io.feedgym.policies.Policy;
import io.feedgym.random.SplitMix;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A test agent for CartPole that steps {@code numEnvs} environments in lock-step: it picks uniformly
 * random actions from its own seeded stream (saved with the checkpoint), records every batch of
 * observations and steps it is given, and reports the lock-step's summed reward as a metric every
 * {@code metricsEvery} lock-steps.
 */
final class LockStepAgent implements Agent<double[], Integer> {
  final List<List<double[]>> observedBatches = new ArrayList<>();
  final List<List<Step<double[]>>> stepBatches = new ArrayList<>();
  private final int numEnvs;
  private final int metricsEvery;
  private SplitMix random;
  private long lockSteps;

  LockStepAgent(int numEnvs, int metricsEvery, long seed) {
    this.numEnvs = numEnvs;
    this.metricsEvery = metricsEvery;
    this.random = new SplitMix(seed);
  }

  @Override
  public int numEnvs() {
    return numEnvs;
  }

  @Override
  public Integer act(double[] observation) {
    throw new AssertionError("a lock-step runner must call act(List)");
  }

  @Override
  public List<Integer> act(List<double[]> observations) {
    observedBatches.add(List.copyOf(observations));
    List<Integer> actions = new ArrayList<>();
    observations.forEach(o -> actions.add(random.nextInt(2)));
    return actions;
  }

  @Override
  public Map<String, Double> observe(double[] observation, Integer action, Step<double[]> step) {
    throw new AssertionError("a lock-step runner must call observe(List, List, List)");
  }

  @Override
  public Map<String, Double> observe(List<double[]> observations, List<Integer> actions, List<Step<double[]>> steps) {
    stepBatches.add(List.copyOf(steps));
    lockSteps++;
    double reward = steps.stream().mapToDouble(Step::reward).sum();
    return lockSteps % metricsEvery == 0 ? Map.of("losses/td_loss", reward + lockSteps) : Map.of();
  }

  @Override
  public Policy<double[], Integer> greedy() {
    return observation -> observation[2] > 0 ? 1 : 0;
  }

  @Override
  public TinyConfig config() {
    return new TinyConfig(metricsEvery, 0.5, List.of(numEnvs), TinyConfig.Mode.FAST);
  }

  @Override
  public void save(Path dir) throws IOException {
    Files.createDirectories(dir);
    StateFile.create(dir.resolve("lockstep.properties")).put("lock_steps", lockSteps)
        .put("random", random.state()).write("lock-step test agent");
  }

  @Override
  public void load(Path dir) throws IOException {
    StateFile state = StateFile.read(dir.resolve("lockstep.properties"));
    lockSteps = state.getLong("lock_steps", 0);
    random = SplitMix.restore(state.getRandom("random"));
  }
}
