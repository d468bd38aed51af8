package io.feedgym.bench;

import io.feedgym.agents.dqn.Dqn;
import io.feedgym.agents.dqn.DqnConfig;
import io.feedgym.env.Environment;
import io.feedgym.env.Step;
import io.feedgym.env.cartpole.CartPole;
import io.feedgym.env.wrappers.TimeLimit;
import io.feedgym.policies.ObservationEncoder;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * End-to-end DQN training throughput on CartPole-v1 (500-step limit) with {@link DqnConfig#cleanRl()},
 * CleanRL's {@code dqn.py} settings: env steps per second of act + step + observe once the
 * {@code learning_starts} steps have been collected, so every tenth step carries a gradient update.
 * ND4J is limited to one thread ({@code Nd4jThreads}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {ForkArgs.HEAP_MIN, ForkArgs.HEAP_MAX, ForkArgs.PRE_TOUCH,
    ForkArgs.NO_PHYSICAL_BYTES_CHECK, ForkArgs.NO_BYTES_CHECK})
public class DqnTrainingBenchmark {
  /** CleanRL's {@code total_timesteps}; ε decays over half of it. */
  private static final long TOTAL_STEPS = 500_000L;

  private Environment<double[], Integer> env;
  private Dqn<double[]> dqn;
  private double[] observation;

  @Setup
  public void setUp() {
    Nd4jThreads.useOne();
    env = new TimeLimit<>(new CartPole(), 500);
    DqnConfig config = DqnConfig.cleanRl();
    dqn = new Dqn<>(config, ObservationEncoder.flat(4), 2, 1L, TOTAL_STEPS);
    observation = env.reset(1L).observation();
    for (int i = 0; i < config.learningStarts(); i++) {
      envStep();
    }
  }

  /** One environment step of the training loop. */
  @Benchmark
  public Map<String, Double> envStep() {
    Integer action = dqn.act(observation);
    Step<double[]> step = env.step(action);
    Map<String, Double> metrics = dqn.observe(observation, action, step);
    observation = step.done() ? env.reset().observation() : step.observation();
    return metrics;
  }
}
