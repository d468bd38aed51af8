package io.feedgym.bench;

import io.feedgym.agents.dqn.Dqn;
import io.feedgym.agents.dqn.DqnConfig;
import io.feedgym.env.Environment;
import io.feedgym.env.Step;
import io.feedgym.env.cartpole.CartPole;
import io.feedgym.env.wrappers.TimeLimit;
import io.feedgym.policies.ObservationEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Latency of one DQN gradient update on CartPole: {@code observe()} with a full replay buffer and
 * {@code train_frequency = 1}, so every call samples a minibatch, runs the target network, fits the
 * online network and syncs the mirror. It also carries, amortized, the Q-value metric of every tenth
 * update and the target copy every 500 steps. ND4J is limited to one thread ({@code Nd4jThreads}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {ForkArgs.HEAP_MIN, ForkArgs.HEAP_MAX, ForkArgs.PRE_TOUCH,
    ForkArgs.NO_PHYSICAL_BYTES_CHECK, ForkArgs.NO_BYTES_CHECK})
public class DqnUpdateBenchmark {
  private static final int TRANSITIONS = 10_000;

  @Param({"32", "128"})
  public int batchSize;

  private final List<double[]> observations = new ArrayList<>();
  private final List<Integer> actions = new ArrayList<>();
  private final List<Step<double[]>> steps = new ArrayList<>();
  private Dqn<double[]> dqn;
  private int next;

  @Setup
  public void setUp() {
    Nd4jThreads.useOne();
    record(new TimeLimit<>(new CartPole(), 500), new SplittableRandom(1));
    DqnConfig config = DqnConfig.cleanRl()
        .withBatchSize(batchSize)
        .withLearningStarts(TRANSITIONS)
        .withTrainFrequency(1);
    dqn = new Dqn<>(config, ObservationEncoder.flat(4), 2, 1L, 500_000L);
    for (int i = 0; i < TRANSITIONS; i++) {
      update();
    }
  }

  /** Plays random actions for {@link #TRANSITIONS} steps, starting a new episode after each one ends. */
  private void record(Environment<double[], Integer> env, SplittableRandom random) {
    double[] observation = env.reset(0L).observation();
    for (int i = 0; i < TRANSITIONS; i++) {
      int action = random.nextInt(2);
      Step<double[]> step = env.step(action);
      observations.add(observation);
      actions.add(action);
      steps.add(step);
      observation = step.done() ? env.reset().observation() : step.observation();
    }
  }

  /** One observed transition, which triggers one gradient update once the buffer is full. */
  @Benchmark
  public Map<String, Double> update() {
    int i = next;
    next = (next + 1) % TRANSITIONS;
    return dqn.observe(observations.get(i), actions.get(i), steps.get(i));
  }
}
