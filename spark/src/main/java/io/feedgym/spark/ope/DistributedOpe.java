package io.feedgym.spark.ope;

import io.feedgym.offline.LoggedSession;
import io.feedgym.offline.ope.Estimate;
import io.feedgym.offline.ope.Estimator;
import io.feedgym.offline.ope.Estimators;
import io.feedgym.offline.ope.ModelBasedEstimator;
import io.feedgym.offline.ope.OpeConfig;
import io.feedgym.offline.ope.OpeData;
import io.feedgym.offline.ope.RewardModel;
import io.feedgym.offline.ope.RidgeRegression;
import io.feedgym.offline.ope.SlatePolicy;
import io.feedgym.offline.ope.Targets;
import io.feedgym.offline.read.ReadReport;
import io.feedgym.spark.read.LogInput;
import io.feedgym.spark.read.PartitionSessions;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;

/**
 * Off-policy evaluation over a cluster with the offline module's estimators: each session's terms are computed where
 * the session lies, by the estimator's own code on that one session (the model-based ones with the cross-fitted
 * reward model, whose normal equations are summed over partitions and solved once on the driver), and summed; the
 * point estimates are the single-machine ones up to the order of floating-point sums. Intervals come from the
 * Poisson bootstrap ({@link PoissonWeights}) instead of the multinomial one, so they differ from
 * {@code feedgym ope}'s by resampling noise. The target and logging policies travel as their specs in a broadcast
 * and are built once per task. Session-level estimators (pdis, wpdis, fqe) are not distributed.
 */
public final class DistributedOpe {
  /** The estimators this job computes. */
  public static final Set<String> IDS = Set.of("dm", "ips", "snips", "dr", "switch-dr", "slate-ips", "iips", "rips",
      "pi");

  /**
   * What to evaluate, as it travels to the executors.
   *
   * @param target the target policy's spec, as {@link Targets#parse} reads it
   * @param logging the logging policy's spec, or null when unknown
   * @param estimators estimator ids, each in {@link #IDS}
   * @param resamples bootstrap replicates
   * @param confidence the intervals' coverage
   * @param seed the bootstrap seed
   * @param ridge the reward model's ridge penalty
   * @param switchTau Switch-DR's threshold
   */
  public record Job(String target, String logging, List<String> estimators, int resamples, double confidence,
      long seed, double ridge, double switchTau) implements Serializable {

    public Job {
      estimators = List.copyOf(estimators);
      for (String id : estimators) {
        if (!IDS.contains(id)) {
          throw new IllegalArgumentException("estimator '" + id + "' is not distributed; choose from "
              + String.join(", ", IDS.stream().sorted().toList()));
        }
      }
      new OpeConfig(resamples, confidence, seed, ridge, switchTau);
    }

    /** The settings as the offline module's config. */
    public OpeConfig config() {
      return new OpeConfig(resamples, confidence, seed, ridge, switchTau);
    }
  }

  /**
   * The estimates, the logged values and the read's counts.
   *
   * @param estimates one per estimator, in the job's order
   * @param logged the logging policy's own mean top-slot, first-page and session clicks
   * @param read what the read found
   */
  public record Result(List<Estimate> estimates, Map<String, Double> logged, ReadReport read) {}

  private DistributedOpe() {}

  /** Evaluates {@code job} on {@code input}; strict unless {@code lenient}. */
  public static Result evaluate(SparkSession spark, LogInput input, Job job, boolean lenient) {
    LogInput.Validation validation = input.validate(lenient);
    if (validation.sessionKeys().length == 0) {
      throw new IllegalArgumentException("off-policy evaluation needs at least one logged session, found none");
    }
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<long[]> keys = sc.broadcast(validation.sessionKeys());
    Broadcast<Job> shared = sc.broadcast(job);
    Optional<RewardModel> model = Optional.empty();
    if (job.estimators().stream().anyMatch(id -> Estimators.of(id, job.config()) instanceof ModelBasedEstimator)) {
      RidgeRegression[][] folds = input.sessions().mapPartitions(it -> {
        RidgeRegression[][] partial = null;
        while (it.hasNext()) {
          PartitionSessions.Located s = it.next();
          if (partial == null) {
            partial = RewardModel.folds(RewardModel.dimension(s.session().pages().get(0).observation()), 1,
                shared.value().ridge());
          }
          RewardModel.add(partial, s.session(), index(keys.value(), s));
        }
        return partial == null ? java.util.Collections.<RidgeRegression[][]>emptyIterator()
            : java.util.Collections.singletonList(partial).iterator();
      }).reduce(DistributedOpe::merge);
      model = Optional.of(RewardModel.solve(folds));
    }
    Broadcast<RewardModel> fitted = sc.broadcast(model.orElse(null));
    Sums sums = input.sessions().mapPartitions(it -> {
      Sums partial = new Sums(shared.value());
      Map<Integer, SlatePolicy[]> policies = new HashMap<>();
      while (it.hasNext()) {
        PartitionSessions.Located s = it.next();
        partial.add(s, index(keys.value(), s), policies, Optional.ofNullable(fitted.value()));
      }
      return List.of(partial).iterator();
    }).reduce(Sums::merge);
    List<Estimate> estimates = new ArrayList<>();
    for (EstimatorSums e : sums.estimators) {
      estimates.add(e.estimate(job.confidence()));
    }
    return new Result(estimates, sums.logged(), validation.tally().report());
  }

  private static long index(long[] keys, PartitionSessions.Located s) {
    return Arrays.binarySearch(keys, LogInput.key(s.file(), s.session()));
  }

  private static RidgeRegression[][] merge(RidgeRegression[][] a, RidgeRegression[][] b) {
    for (int f = 0; f < a.length; f++) {
      for (int k = 0; k < a[f].length; k++) {
        a[f][k].merge(b[f][k]);
      }
    }
    return a;
  }

  /** The sums of every estimator and of the logged values over some sessions. Not thread-safe. */
  private static final class Sums implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Job job;
    private final List<EstimatorSums> estimators = new ArrayList<>();
    private int sessions;
    private double top;
    private double first;
    private double total;

    Sums(Job job) {
      this.job = job;
      for (String id : job.estimators()) {
        estimators.add(new EstimatorSums(id, job.resamples()));
      }
    }

    void add(PartitionSessions.Located located, long index, Map<Integer, SlatePolicy[]> policies,
        Optional<RewardModel> model) {
      LoggedSession session = located.session();
      int k = session.pages().get(0).slate().length();
      SlatePolicy[] built = policies.computeIfAbsent(k, size -> new SlatePolicy[] {Targets.parse(job.target(), size),
          job.logging() == null ? null : Targets.parse(job.logging(), size)});
      OpeData data = OpeData.of(List.of(session), built[0], Optional.ofNullable(built[1]));
      int[] counts = new int[job.resamples()];
      long unit = LogInput.key(located.file(), session);
      for (int b = 0; b < counts.length; b++) {
        counts[b] = PoissonWeights.count(job.seed(), b, unit);
      }
      OpeConfig config = job.config();
      for (int e = 0; e < estimators.size(); e++) {
        Estimator estimator = Estimators.of(job.estimators().get(e), config);
        var terms = estimator instanceof ModelBasedEstimator based
            ? based.terms(data, model.orElseThrow().from(index)) : estimator.terms(data);
        estimators.get(e).add(terms, counts);
      }
      sessions++;
      var page = session.pages().get(0);
      top += page.feedback().positions().get(0).clicked() ? 1 : 0;
      first += page.feedback().clicks();
      for (var p : session.pages()) {
        total += p.feedback().clicks();
      }
    }

    Sums merge(Sums other) {
      for (int e = 0; e < estimators.size(); e++) {
        estimators.get(e).merge(other.estimators.get(e));
      }
      sessions += other.sessions;
      top += other.top;
      first += other.first;
      total += other.total;
      return this;
    }

    Map<String, Double> logged() {
      Map<String, Double> out = new java.util.LinkedHashMap<>();
      out.put("top_slot", top / sessions);
      out.put("first_page", first / sessions);
      out.put("session", total / sessions);
      return out;
    }
  }
}
