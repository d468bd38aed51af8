package io.feedgym.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedgym.rewards.registry.Rewards;
import io.feedgym.rewards.wrappers.ComputeReward;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsCsvTest {
  @TempDir
  Path dir;

  private static void run(Path file, long steps) {
    ScriptedAgent agent = new ScriptedAgent(1);
    var evaluation = new Evaluation<>(agent, new TinyEnv(), new Evaluator(2, 10), 4);
    new Runner<>(new TinyEnv(), agent, RunnerTest.info(steps), List.of(evaluation, new MetricsCsv(file, 3))).run();
  }

  @Test
  void writesEpisodesEvaluationsAndSubsampledUpdateMetrics() throws IOException {
    Path file = dir.resolve("metrics.csv");

    run(file, 5);

    // Update metrics every step, kept at steps 1, 3 and 6+ (one row per 3 steps); evaluations at 4 and 5.
    assertThat(Files.readAllLines(file)).containsExactly(
        "step,name,value",
        "1,losses/q_values,1.0",
        "1,losses/td_loss,0.5",
        "1,charts/episodic_return,1.0",
        "1,charts/episodic_length,1.0",
        "3,losses/q_values,1.0",
        "3,losses/td_loss,1.5",
        "3,charts/episodic_return,2.0",
        "3,charts/episodic_length,2.0",
        "4,charts/eval_return,5.0",
        "5,charts/eval_return,5.0");
  }

  @Test
  void writesTheEpisodicSumOfEachRewardTerm() throws IOException {
    Path file = dir.resolve("terms.csv");
    var env = new ComputeReward<>(new PagesEnv(), Rewards.parse("clicks:1,leave:1"));

    new Runner<>(env, new ScriptedAgent(100), RunnerTest.info(3), List.of(new MetricsCsv(file, 100))).run();

    // Action 0: episode 0 is 1 page without clicks; episode 1 has 0 + 1 clicks and the user leaves.
    assertThat(Files.readAllLines(file)).containsExactly("step,name,value",
        "1,charts/episodic_return,0.0", "1,charts/episodic_length,1.0", "1,reward/clicks,0.0", "1,reward/leave,0.0",
        "3,charts/episodic_return,0.0", "3,charts/episodic_length,2.0", "3,reward/clicks,1.0", "3,reward/leave,-1.0");
  }

  @Test
  void subsamplesEachUpdateMetricOnItsOwn() throws IOException {
    Path file = dir.resolve("sparse.csv");
    MetricsCsv csv = new MetricsCsv(file, 10);

    csv.onStep(5, Map.of("losses/td_loss", 1.0));
    csv.onStep(6, Map.of("losses/td_loss", 2.0, "losses/q_values", 3.0));
    csv.onStep(12, Map.of("losses/td_loss", 4.0));
    csv.onStep(13, Map.of("losses/td_loss", 5.0, "losses/q_values", 6.0));
    csv.onEnd(new RunResult(13, 0, false, 1.0));

    assertThat(Files.readAllLines(file)).containsExactly("step,name,value",
        "5,losses/td_loss,1.0", "6,losses/q_values,3.0", "12,losses/td_loss,4.0", "13,losses/q_values,6.0");
  }

  @Test
  void theSameSeedGivesAByteIdenticalFile() throws IOException {
    run(dir.resolve("a.csv"), 30_000);
    run(dir.resolve("b.csv"), 30_000);

    assertThat(Files.readAllBytes(dir.resolve("a.csv"))).isEqualTo(Files.readAllBytes(dir.resolve("b.csv")));
    assertThat(Files.readAllLines(dir.resolve("a.csv"))).noneMatch(line -> line.contains("sps"));
  }

  @Test
  void rejectsANonPositiveInterval() {
    assertThatThrownBy(() -> new MetricsCsv(dir.resolve("m.csv"), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("update metrics interval must be positive, found 0");
  }
}
