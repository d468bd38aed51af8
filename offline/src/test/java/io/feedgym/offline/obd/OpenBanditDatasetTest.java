package io.feedgym.offline.obd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.feedgym.offline.LoggedPage;
import io.feedgym.offline.LoggedSession;
import io.feedgym.offline.obd.OpenBanditDataset.Campaign;
import io.feedgym.offline.obd.OpenBanditDataset.Candidates;
import io.feedgym.offline.obd.OpenBanditDataset.Policy;
import io.feedgym.offline.read.LogReader;
import io.feedgym.offline.read.ReadOptions;
import io.feedgym.offline.read.ReadReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Open Bandit Dataset sample maps onto the schema: row counts, clicks and the propensity ranges of SOURCE.md. */
class OpenBanditDatasetTest {
  /** The copy in the repository (the tests run in the module folder). */
  private static final Path ROOT = Path.of("..", "data", "open-bandit-dataset");

  @ParameterizedTest(name = "{0}/{1}")
  @CsvSource({
      "RANDOM, MEN, 46, 0.029411764705882353, 0.029411764705882353",
      "RANDOM, WOMEN, 46, 0.021739130434782608, 0.021739130434782608",
      "BTS, MEN, 69, 0.000165, 0.725",
      "BTS, WOMEN, 46, 0.000001, 0.963"})
  void everyImpressionIsAOneStepSession(Policy policy, Campaign campaign, int clicks, double minPropensity,
      double maxPropensity) {
    DoubleSummaryStatistics propensities = new DoubleSummaryStatistics();
    int[] counts = new int[2];
    ReadReport report = new LogReader(ReadOptions.defaults()).read(
        OpenBanditDataset.source(ROOT, policy, campaign, Candidates.SHOWN), session -> {
          LoggedPage page = session.pages().get(0);
          assertThat(session.pages()).hasSize(1);
          assertThat(page.slate().length()).isEqualTo(1);
          propensities.accept(page.propensities().get(0));
          counts[0] += page.feedback().clicks();
          counts[1] += page.observation().context(0) == 0 ? 1 : 0;
        });

    assertThat(report.rows()).isEqualTo(10_000);
    assertThat(report.sessions()).isEqualTo(10_000);
    assertThat(report.totalSkipped()).isZero();
    assertThat(counts[0]).isEqualTo(clicks);
    assertThat(counts[1]).as("left-slot impressions").isBetween(3_000, 3_700);
    assertThat(propensities.getMin()).isCloseTo(minPropensity, within(5e-7));
    assertThat(propensities.getMax()).isCloseTo(maxPropensity, within(5e-4));
  }

  @Test
  void withAllCandidatesEachPageListsTheCampaignsItems() {
    List<LoggedSession> sessions = new ArrayList<>();
    ReadReport report = new LogReader(ReadOptions.defaults()).read(
        OpenBanditDataset.source(ROOT, Policy.RANDOM, Campaign.MEN, Candidates.ALL), sessions::add);

    assertThat(report.rows()).isEqualTo(340_000);
    assertThat(sessions).hasSize(10_000);
    LoggedPage page = sessions.get(0).pages().get(0);
    assertThat(page.observation().numCandidates()).isEqualTo(34);
    assertThat(page.observation().numFeatures()).isEqualTo(2);
    assertThat(page.slate().get(0)).as("candidate = item id").isEqualTo(14);
    assertThat(page.observation().item(14)).isEqualTo(14);
    assertThat(page.timestamp()).isEqualTo("2019-11-24T00:03:13.442536Z");
    assertThat(page.observation().context(0)).as("slot 3 (right)").isEqualTo(2);
  }
}
