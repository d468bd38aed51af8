package io.feedgym.bench;

import io.feedgym.env.Environment;
import io.feedgym.env.cartpole.CartPole;
import io.feedgym.env.vector.SyncVectorEnv;
import io.feedgym.env.vector.ThreadedVectorEnv;
import io.feedgym.env.vector.VectorEnv;
import io.feedgym.env.vector.VectorStep;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * CartPole vector-env throughput, sync vs threaded, for 1, 2 and 4 sub-envs. The primary score counts
 * {@code step(actions)} calls; the secondary score {@code envSteps} counts sub-env steps (numEnvs per call).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {ForkArgs.HEAP_MIN, ForkArgs.HEAP_MAX, ForkArgs.PRE_TOUCH})
public class VectorEnvBenchmark {
  /** The vector-env implementation under test. */
  public enum Kind { SYNC, THREADED }

  /** Sub-env steps, reported by JMH as a throughput next to the primary score. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class EnvSteps {
    public long envSteps;

    @Setup(Level.Iteration)
    public void clear() {
      envSteps = 0;
    }
  }

  @Param({"SYNC", "THREADED"})
  public Kind kind;

  @Param({"1", "2", "4"})
  public int numEnvs;

  private VectorEnv<double[], Integer> envs;
  private List<Integer> left;
  private List<Integer> right;
  private int t;

  @Setup
  public void setUp() {
    List<Environment<double[], Integer>> subEnvs = new ArrayList<>();
    for (int i = 0; i < numEnvs; i++) {
      subEnvs.add(new CartPole());
    }
    envs = kind == Kind.SYNC ? new SyncVectorEnv<>(subEnvs) : new ThreadedVectorEnv<>(subEnvs);
    envs.reset(0L);
    left = Collections.nCopies(numEnvs, 0);
    right = Collections.nCopies(numEnvs, 1);
  }

  @TearDown
  public void tearDown() {
    envs.close();
  }

  /** One vector step; finished sub-envs autoreset on the next call, as in training. */
  @Benchmark
  public VectorStep<double[]> step(EnvSteps counter) {
    counter.envSteps += numEnvs;
    return envs.step(((t++ / 3) & 1) == 0 ? left : right);
  }
}
