package io.feedgym.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.feedgym.offline.LoggedSession;
import io.feedgym.offline.ope.Estimate;
import io.feedgym.offline.ope.Estimators;
import io.feedgym.offline.ope.OpeData;
import io.feedgym.offline.ope.Targets;
import io.feedgym.offline.read.LogReader;
import io.feedgym.offline.read.LogSource;
import io.feedgym.offline.read.ReadOptions;
import io.feedgym.spark.ope.DistributedOpe;
import io.feedgym.spark.read.LogInput;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Distributed off-policy evaluation against the offline module's, on the same log. */
class DistributedOpeTest {
  private static final List<String> IDS = List.of("dm", "ips", "snips", "dr", "switch-dr", "slate-ips", "iips", "rips");

  @TempDir
  static Path dir;
  static Path log;

  @BeforeAll
  static void log() throws Exception {
    log = TestLogs.write(dir.resolve("log.parquet"), 24, 3);
  }

  @Test
  void pointEstimatesAndDiagnosticsEqualTheSingleMachineOnes() {
    DistributedOpe.Job job = new DistributedOpe.Job("myopic", "softmax", IDS, 50, 0.9, 5, 1.0, 10.0);
    List<LoggedSession> sessions = new LogReader(ReadOptions.defaults()).readAll(LogSource.file(log));
    OpeData data = OpeData.of(sessions, Targets.parse("myopic", 3), Optional.of(Targets.parse("softmax", 3)));
    List<Estimate> single = Estimators.evaluate(data, Estimators.parse(String.join(",", IDS), job.config()),
        job.config());

    DistributedOpe.Result result = DistributedOpe.evaluate(LocalSpark.get(),
        LogInput.read(LocalSpark.get(), log.toString(), 3), job, false);

    assertThat(result.read().sessions()).isEqualTo(sessions.size());
    for (int e = 0; e < IDS.size(); e++) {
      Estimate expected = single.get(e);
      Estimate actual = result.estimates().get(e);
      assertThat(actual.estimator()).isEqualTo(expected.estimator());
      assertThat(actual.sessions()).isEqualTo(expected.sessions());
      assertThat(actual.value()).as(actual.estimator()).isCloseTo(expected.value(),
          within(1e-9 * Math.max(1e-12, Math.abs(expected.value()))));
      assertThat(actual.diagnostics().weights()).isEqualTo(expected.diagnostics().weights());
      if (expected.diagnostics().weights() > 0) {
        assertThat(actual.diagnostics().ess()).isCloseTo(expected.diagnostics().ess(),
            within(1e-9 * expected.diagnostics().ess()));
        assertThat(actual.diagnostics().maxWeight()).isEqualTo(expected.diagnostics().maxWeight());
      }
      assertThat(actual.low()).isLessThanOrEqualTo(actual.high());
    }
  }

  @Test
  void poissonBootstrapIntervalsDoNotDependOnThePartitioning() {
    DistributedOpe.Job job = new DistributedOpe.Job("quality-diversity", null, List.of("ips", "snips", "rips"), 40,
        0.95, 11, 1.0, 10.0);
    var two = DistributedOpe.evaluate(LocalSpark.get(), LogInput.read(LocalSpark.get(), log.toString(), 2), job, false);
    var five = DistributedOpe.evaluate(LocalSpark.get(), LogInput.read(LocalSpark.get(), log.toString(), 5), job,
        false);
    var reseeded = DistributedOpe.evaluate(LocalSpark.get(), LogInput.read(LocalSpark.get(), log.toString(), 2),
        new DistributedOpe.Job("quality-diversity", null, List.of("ips", "snips", "rips"), 40, 0.95, 12, 1.0, 10.0),
        false);

    for (int e = 0; e < 3; e++) {
      Estimate a = two.estimates().get(e);
      Estimate b = five.estimates().get(e);
      assertThat(b.low()).isCloseTo(a.low(), within(1e-12));
      assertThat(b.high()).isCloseTo(a.high(), within(1e-12));
      assertThat(b.stderr()).isCloseTo(a.stderr(), within(1e-12));
      assertThat(reseeded.estimates().get(e).stderr()).isNotEqualTo(a.stderr());
    }
  }
}
