package io.feedgym.bench;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableDoubleArray;
import com.google.common.primitives.ImmutableIntArray;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feedback.Feedback;
import io.feedgym.env.feedback.PositionFeedback;
import io.feedgym.offline.LoggedPage;
import io.feedgym.offline.LoggedSession;
import io.feedgym.offline.ope.Bootstrap;
import io.feedgym.offline.ope.DoublyRobust;
import io.feedgym.offline.ope.Ips;
import io.feedgym.offline.ope.OpeData;
import io.feedgym.offline.ope.SelfNormalizedIps;
import io.feedgym.offline.ope.Terms;
import io.feedgym.offline.ope.UniformSlates;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Off-policy evaluation throughput in logged rounds per second on one thread: IPS, SNIPS and DR (with the
 * cross-fitted ridge reward model fitted inside the measurement) on 100,000 one-slot rounds shaped like the
 * Open Bandit Dataset's (34 candidates, 2 item features, 4 user features, 1 context value), the uniform target
 * against a non-uniform logger; and the 200-resample bootstrap of the IPS terms. Preparing the data (the
 * target's probabilities, {@link OpeData#of}) is measured as {@code prepare}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {ForkArgs.HEAP_MIN, ForkArgs.HEAP_MAX, ForkArgs.PRE_TOUCH})
public class OpeBenchmark {
  static final int ROUNDS = 100_000;
  private static final int ITEMS = 34;

  private List<LoggedSession> sessions;
  private OpeData data;
  private Terms ipsTerms;

  @Setup
  public void setup() {
    SplittableRandom random = new SplittableRandom(1);
    sessions = new ArrayList<>(ROUNDS);
    for (int i = 0; i < ROUNDS; i++) {
      double[] features = new double[ITEMS * 2];
      int[] items = new int[ITEMS];
      boolean[] mask = new boolean[ITEMS];
      for (int c = 0; c < ITEMS; c++) {
        features[2 * c] = random.nextDouble();
        features[2 * c + 1] = random.nextDouble();
        items[c] = c;
        mask[c] = true;
      }
      double[] user = {random.nextInt(5), random.nextInt(5), random.nextInt(5), random.nextInt(5)};
      FeedObservation page = FeedObservation.of(user, new double[] {random.nextInt(3)}, features, new int[ITEMS],
          items, mask);
      int item = random.nextInt(ITEMS);
      double propensity = item < ITEMS / 2 ? 1.5 / ITEMS : 0.5 / ITEMS;
      boolean click = random.nextDouble() < 0.01;
      PositionFeedback shown = new PositionFeedback(0, item, item, 0, 0, click, click, false, 0, true);
      LoggedPage logged = new LoggedPage(i, "", page, ImmutableIntArray.of(item), Feedback.of(0, List.of(shown), true),
          ImmutableDoubleArray.of(propensity), OptionalDouble.empty());
      sessions.add(new LoggedSession(i, "u" + i, ImmutableList.of(logged)));
    }
    data = OpeData.of(sessions, new UniformSlates(), Optional.empty());
    ipsTerms = new Ips().terms(data);
  }

  @Benchmark
  @OperationsPerInvocation(ROUNDS)
  public Object prepare() {
    return OpeData.of(sessions, new UniformSlates(), Optional.empty());
  }

  @Benchmark
  @OperationsPerInvocation(ROUNDS)
  public double ips() {
    return new Ips().terms(data).estimate();
  }

  @Benchmark
  @OperationsPerInvocation(ROUNDS)
  public double snips() {
    return new SelfNormalizedIps().terms(data).estimate();
  }

  @Benchmark
  @OperationsPerInvocation(ROUNDS)
  public double dr() {
    return new DoublyRobust(1.0).terms(data).estimate();
  }

  @Benchmark
  @OperationsPerInvocation(ROUNDS)
  public Object bootstrap() {
    return new Bootstrap(200, 0.95, 1).estimate("ips", ipsTerms);
  }
}
