package io.feedgym.bench;

import io.feedgym.env.Environment;
import io.feedgym.env.feed.Feed;
import io.feedgym.env.feed.FeedConfig;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feedback.Feedback;
import io.feedgym.env.spaces.Slate;
import io.feedgym.env.vector.SyncVectorEnv;
import io.feedgym.env.vector.ThreadedVectorEnv;
import io.feedgym.env.vector.VectorEnv;
import io.feedgym.env.vector.VectorStep;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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
 * {@code feed-v0} in a vector env with the random slate policy: SYNC steps the sub-envs on the calling
 * thread, THREADED on one worker thread per sub-env. The primary score counts {@code step(actions)}
 * calls; the secondary scores count pages served ({@code pages}; an autoreset call serves none) and items
 * shown ({@code impressions}, K per page).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {ForkArgs.HEAP_MIN, ForkArgs.HEAP_MAX, ForkArgs.PRE_TOUCH})
public class FeedVectorBenchmark {
  /** Pages and items served, reported by JMH as throughputs next to the primary score. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Served {
    public long pages;
    public long impressions;

    @Setup(Level.Iteration)
    public void clear() {
      pages = 0;
      impressions = 0;
    }
  }

  @Param({"SYNC", "THREADED"})
  public VectorEnvBenchmark.Kind kind;

  @Param({"2"})
  public int numEnvs;

  private VectorEnv<FeedObservation, int[]> envs;
  private Slate slates;
  private SplittableRandom policy;
  private List<FeedObservation> observations;

  @Setup
  public void setUp() {
    List<Environment<FeedObservation, int[]>> feeds = new ArrayList<>();
    for (int i = 0; i < numEnvs; i++) {
      feeds.add(new Feed(FeedConfig.defaults()));
    }
    envs = kind == VectorEnvBenchmark.Kind.SYNC ? new SyncVectorEnv<>(feeds) : new ThreadedVectorEnv<>(feeds);
    slates = (Slate) envs.singleActionSpace();
    policy = new SplittableRandom(1);
    observations = envs.reset(0L).observations();
  }

  @TearDown
  public void tearDown() {
    envs.close();
  }

  /** One vector step with a random slate of available candidates per sub-env; finished sub-envs autoreset. */
  @Benchmark
  public VectorStep<FeedObservation> step(Served counter) {
    List<int[]> actions = new ArrayList<>(numEnvs);
    for (FeedObservation observation : observations) {
      actions.add(slates.sample(policy, observation.mask()));
    }
    VectorStep<FeedObservation> step = envs.step(actions);
    for (int i = 0; i < numEnvs; i++) {
      if (step.infos().get(i).get(Feedback.INFO_KEY) instanceof Feedback feedback) {
        counter.pages++;
        counter.impressions += feedback.positions().size();
      }
    }
    observations = step.observations();
    return step;
  }
}
