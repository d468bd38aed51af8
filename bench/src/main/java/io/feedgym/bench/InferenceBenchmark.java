package io.feedgym.bench;

import io.feedgym.agents.dqn.TdLoss;
import io.feedgym.agents.nn.DenseMirror;
import io.feedgym.agents.nn.Mlp;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
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
 * Batch-1 forward pass of DQN's CartPole Q-network (4 → 120 → 84 → 2): DL4J's {@code output()} against
 * the plain-Java {@link DenseMirror} that acting uses. ND4J is limited to one thread ({@code Nd4jThreads}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {ForkArgs.HEAP_MIN, ForkArgs.HEAP_MAX, ForkArgs.PRE_TOUCH,
    ForkArgs.NO_PHYSICAL_BYTES_CHECK, ForkArgs.NO_BYTES_CHECK})
public class InferenceBenchmark {
  private final float[] state = {0.01f, -0.2f, 0.03f, 0.25f};
  private MultiLayerNetwork net;
  private DenseMirror mirror;
  private INDArray input;

  @Setup
  public void setUp() {
    Nd4jThreads.useOne();
    net = Mlp.build(4, List.of(120, 84), 2, new TdLoss(TdLoss.Kind.MSE), 2.5e-4, 1L);
    mirror = new DenseMirror(net);
    input = Nd4j.create(state, new long[] {1, 4}, 'c');
  }

  /** DL4J on a prepared 1 × 4 array; the result stays off-heap. */
  @Benchmark
  public INDArray dl4jOutput() {
    return net.output(input);
  }

  /** DL4J from a Java array to Java Q-values, the full cost an agent would pay to act. */
  @Benchmark
  public float[] dl4jOutputRoundTrip() {
    return net.output(Nd4j.create(state, new long[] {1, 4}, 'c')).toFloatVector();
  }

  /** The mirror's plain-Java loops. */
  @Benchmark
  public float[] mirrorForward() {
    return mirror.forward(state);
  }
}
