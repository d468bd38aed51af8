package io.feedgym.bench;

import io.feedgym.agents.ddpg.Ddpg;
import io.feedgym.agents.ddpg.DdpgConfig;
import io.feedgym.env.Step;
import io.feedgym.env.feed.Feed;
import io.feedgym.env.feed.FeedConfig;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feed.FeedObservationSpace;
import io.feedgym.env.feed.RankingWeights;
import io.feedgym.policies.feed.FeedStateFeatures;
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
 * Latency of one DDPG update on {@code feed-v0 --set action=weights}: {@code observe()} with a full replay
 * buffer and {@code train_frequency = 1}, so every call samples a minibatch, computes the targets with the
 * target actor and critic, takes a critic step, an actor step through ∂Q/∂a and the two soft target updates.
 * The transitions were recorded with uniformly random weights. ND4J is limited to one thread
 * ({@code Nd4jThreads}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {ForkArgs.HEAP_MIN, ForkArgs.HEAP_MAX, ForkArgs.PRE_TOUCH,
    ForkArgs.NO_PHYSICAL_BYTES_CHECK, ForkArgs.NO_BYTES_CHECK})
public class DdpgUpdateBenchmark {
  private static final int TRANSITIONS = 5_000;

  @Param({"64", "128"})
  public int batchSize;

  private final List<FeedObservation> observations = new ArrayList<>();
  private final List<double[]> actions = new ArrayList<>();
  private final List<Step<FeedObservation>> steps = new ArrayList<>();
  private Ddpg<FeedObservation> ddpg;
  private int next;

  @Setup
  public void setUp() {
    Nd4jThreads.useOne();
    RankingWeights env = new RankingWeights(new Feed(FeedConfig.defaults()));
    SplittableRandom random = new SplittableRandom(1);
    FeedObservation observation = env.reset(0L).observation();
    for (int i = 0; i < TRANSITIONS; i++) {
      double[] action = env.actionSpace().sample(random);
      Step<FeedObservation> step = env.step(action);
      observations.add(observation);
      actions.add(action);
      steps.add(step);
      observation = step.done() ? env.reset().observation() : step.observation();
    }
    DdpgConfig config = DdpgConfig.defaults().withSchedule(TRANSITIONS, batchSize);
    ddpg = new Ddpg<>(config, new FeedStateFeatures((FeedObservationSpace) env.observationSpace()),
        env.actionSpace(), 1L);
    for (int i = 0; i < TRANSITIONS; i++) {
      update();
    }
  }

  /** One observed transition, which triggers one update once the buffer holds {@link #TRANSITIONS}. */
  @Benchmark
  public Map<String, Double> update() {
    int i = next;
    next = (next + 1) % TRANSITIONS;
    return ddpg.observe(observations.get(i), actions.get(i), steps.get(i));
  }
}
