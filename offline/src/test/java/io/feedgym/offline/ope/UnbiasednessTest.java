package io.feedgym.offline.ope;

import static io.feedgym.offline.ope.TinyLogs.observation;
import static io.feedgym.offline.ope.TinyLogs.page;
import static io.feedgym.offline.ope.TinyLogs.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.feedgym.env.feed.FeedObservation;
import io.feedgym.offline.LoggedSession;
import io.feedgym.offline.logging.PlackettLuceSlates;
import io.feedgym.offline.logging.Scorer;
import io.feedgym.offline.logging.SlateDraw;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The unbiased estimators on synthetic slate bandits with known truth: over 150 seeded replications of 200
 * sessions each, the mean estimate must be within 4 standard errors of the true value, and the biased SNIPS
 * and DM are only checked to be close. The click at position k is Bernoulli(e_k · p_c) (a position-based model:
 * additive, so IIPS, RIPS and PI are all unbiased); the logging policy is softmax over the candidates' scores.
 */
class UnbiasednessTest {
  private static final double[] CTR = {0.9, 0.2, 0.5, 0.1, 0.6};
  private static final double[] EXAMINATION = {1.0, 0.5};
  private static final int REPLICATIONS = 150;
  private static final int SESSIONS = 200;

  private static double truth(SlatePolicy target, FeedObservation page, int k) {
    double[][] q = target.marginals(page, k);
    double v = 0;
    for (int j = 0; j < k; j++) {
      for (int c = 0; c < CTR.length; c++) {
        v += q[j][c] * EXAMINATION[j] * CTR[c];
      }
    }
    return v;
  }

  /** The per-replication estimates of {@code id}: mean and standard error over replications, and the truth. */
  private static double[] run(String id, SlatePolicy target, PlackettLuceSlates logging, SlatePolicy loggingModel,
      int k) {
    FeedObservation page = observation(new double[] {0.3, 0.1, 0.9, 0.2, 0.5});
    SplittableRandom random = new SplittableRandom(11);
    double sum = 0;
    double squares = 0;
    for (int r = 0; r < REPLICATIONS; r++) {
      List<LoggedSession> log = new ArrayList<>();
      for (int i = 0; i < SESSIONS; i++) {
        SlateDraw draw = logging.draw(page, random);
        boolean[] clicks = new boolean[k];
        for (int j = 0; j < k; j++) {
          clicks[j] = random.nextDouble() < EXAMINATION[j] * CTR[draw.slate().get(j)];
        }
        log.add(session(i, page(0, page, draw.slate().toArray(), draw.propensities().toArray(), clicks)));
      }
      double x = Estimators.of(id, OpeConfig.defaults())
          .terms(OpeData.of(log, target, Optional.ofNullable(loggingModel))).estimate();
      sum += x;
      squares += x * x;
    }
    double mean = sum / REPLICATIONS;
    double se = Math.sqrt((squares / REPLICATIONS - mean * mean) / (REPLICATIONS - 1));
    return new double[] {mean, se, truth(target, page, k)};
  }

  private static PlackettLuceSlates softmax(int k) {
    return new PlackettLuceSlates(Scorer.of("predicted_ctr"), 0.5, k);
  }

  @Test
  void singleItemEstimatorsAreUnbiased() {
    SlatePolicy[] targets = {new UniformSlates(), TinyLogs.always(0)};
    for (SlatePolicy target : targets) {
      for (String id : List.of("ips", "dr", "switch-dr")) {
        double[] r = run(id, target, softmax(1), null, 1);
        assertThat(r[0]).as(id + " under " + target.name()).isCloseTo(r[2], within(4 * r[1]));
      }
      double[] snips = run("snips", target, softmax(1), null, 1);
      assertThat(snips[0]).as("snips").isCloseTo(snips[2], within(0.02));
    }
  }

  @Test
  void slateEstimatorsAreUnbiasedUnderAnAdditiveReward() {
    PlackettLuceSlates logging = softmax(2);
    SlatePolicy model = new StochasticSlates("softmax", logging);
    for (SlatePolicy target : new SlatePolicy[] {new UniformSlates(), TinyLogs.always(2, 0)}) {
      for (String id : List.of("slate-ips", "iips", "rips")) {
        double[] r = run(id, target, logging, model, 2);
        assertThat(r[0]).as(id + " under " + target.name()).isCloseTo(r[2], within(4 * r[1]));
      }
    }
  }

  @Test
  void pseudoInverseIsUnbiasedUnderUniformLogging() {
    PlackettLuceSlates uniform = new PlackettLuceSlates(page -> new double[page.numCandidates()], 1, 2);
    for (SlatePolicy target : new SlatePolicy[] {TinyLogs.always(2, 0),
        new StochasticSlates("softmax", softmax(2))}) {
      double[] r = run("pi", target, uniform, new UniformSlates(), 2);
      assertThat(r[0]).as("pi under " + target.name()).isCloseTo(r[2], within(4 * r[1]));
    }
  }
}
