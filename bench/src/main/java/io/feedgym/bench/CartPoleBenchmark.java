package io.feedgym.bench;

import io.feedgym.env.Step;
import io.feedgym.env.cartpole.CartPole;
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

/** Raw CartPole-v1 steps per second on one thread, resetting when an episode ends. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {ForkArgs.HEAP_MIN, ForkArgs.HEAP_MAX, ForkArgs.PRE_TOUCH})
public class CartPoleBenchmark {
  private CartPole env;
  private long episode;
  private int t;

  @Setup
  public void setUp() {
    env = new CartPole();
    env.reset(episode++);
  }

  /** One environment step; the action alternates with a period that keeps episodes ~30-200 steps long. */
  @Benchmark
  public Step<double[]> step() {
    Step<double[]> step = env.step((t++ / 3) & 1);
    if (step.terminated()) {
      env.reset(episode++);
    }
    return step;
  }
}
