package io.feedgym.bench;

import io.feedgym.env.Step;
import io.feedgym.env.feed.Feed;
import io.feedgym.env.feed.FeedConfig;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feed.RankingWeights;
import io.feedgym.env.spaces.Slate;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code feed-v0} pages per second on one thread with the random policy, resetting when an episode ends
 * (the reset's user draw and catalog scoring are amortised over the episode's pages, as in a rollout).
 * The primary score counts pages; the secondary score {@code impressions} counts items shown (K per page);
 * {@link #reset} measures the per-episode part alone.
 * The vector-env rows are in {@link FeedVectorBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {ForkArgs.HEAP_MIN, ForkArgs.HEAP_MAX, ForkArgs.PRE_TOUCH})
public class FeedBenchmark {
  /** Items shown, reported by JMH as a throughput next to the primary score. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Impressions {
    public long impressions;

    @Setup(Level.Iteration)
    public void clear() {
      impressions = 0;
    }
  }

  /** SESSION is {@code feed-v0} (~13 pages per episode with random slates), RETURNING {@code feed-return-v0}. */
  @Param({"SESSION"})
  public FeedConfig.Episode episode;

  private Feed feed;
  private RankingWeights weighted;
  private Slate slates;
  private SplittableRandom policy;
  private FeedObservation observation;
  private int k;

  @Setup
  public void setUp() {
    feed = new Feed(FeedConfig.defaults().withEpisode(episode));
    weighted = new RankingWeights(feed);
    slates = feed.actionSpace();
    k = slates.k();
    policy = new SplittableRandom(1);
    observation = weighted.reset(0).observation();
  }

  /** One page with a uniformly random slate of available candidates; reset() when the episode ends. */
  @Benchmark
  public Step<FeedObservation> slate(Impressions counter) {
    Step<FeedObservation> step = feed.step(slates.sample(policy, observation.mask()));
    counter.impressions += k;
    observation = step.done() ? feed.reset().observation() : step.observation();
    return step;
  }

  /**
   * One reset() alone: a new user (cohort, preference, noise, patience), the recall stage's scoring of the
   * whole catalog and its retrieval pool, and the first page. A random-slate {@code feed-v0} episode
   * lasts ~13.3 pages, so {@link #slate} pays about 1/13 of this per page.
   */
  @Benchmark
  public FeedObservation reset() {
    return feed.reset().observation();
  }

  /**
   * One page of the WEIGHTS action form with uniformly random weights in [-1, 1]^7 (standardising the
   * scoring features and the top-K selection are included); reset() when the episode ends.
   */
  @Benchmark
  public Step<FeedObservation> weights(Impressions counter) {
    Step<FeedObservation> step = weighted.step(weighted.actionSpace().sample(policy));
    counter.impressions += k;
    if (step.done()) {
      weighted.reset();
    }
    return step;
  }
}
