package io.feedgym.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedgym.agents.dqn.Dqn;
import io.feedgym.agents.dqn.DqnConfig;
import io.feedgym.env.Environment;
import io.feedgym.env.cartpole.CartPole;
import io.feedgym.env.wrappers.TransformReward;
import io.feedgym.policies.ObservationEncoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed after a checkpoint and resumed ends exactly as the uninterrupted run: same listener
 * calls (episodes, update metrics, evaluations), same metrics.csv, same final evaluation. DQN on
 * CartPole, with a checkpoint in the middle of an episode.
 */
class ResumeTest {
  private static final DqnConfig CONFIG = DqnConfig.defaults().withLearningStarts(300).withTrainFrequency(2)
      .withBatchSize(32);
  private static final long TOTAL = 2_400;
  private static final RunSeeds SEEDS = RunSeeds.from(5);

  @TempDir
  Path dir;

  /** The listeners of one run into {@code out}, recording every call to {@code log}. */
  private static List<RunListener> listeners(Dqn<double[]> agent, Path out, List<String> log, RunListener extra) {
    Evaluation<double[], Integer> evaluation =
        new Evaluation<>(agent, new CartPole(), new Evaluator(3, SEEDS.eval()), 1_000);
    return List.of(evaluation, new MetricsCsv(out.resolve("metrics.csv"), 50), new DetailedLog(log),
        new Checkpointing(agent, out.resolve("checkpoint"), 700), extra);
  }

  private static Dqn<double[]> agent() {
    return new Dqn<>(CONFIG, ObservationEncoder.flat(4), 2, SEEDS.agent(), TOTAL);
  }

  private static RunInfo info() {
    return new RunInfo("cartpole-v1", new CartPole().config(), "dqn", CONFIG, Optional.empty(), SEEDS, TOTAL);
  }

  @Test
  void aKilledAndResumedRunEndsAsTheUninterruptedOne() throws IOException {
    Path whole = dir.resolve("whole");
    List<String> wholeLog = new ArrayList<>();
    Dqn<double[]> uninterrupted = agent();
    new Runner<>(new CartPole(), uninterrupted, info(),
        listeners(uninterrupted, whole, wholeLog, new RunListener() {})).run();

    Path parts = dir.resolve("parts");
    List<String> firstLog = new ArrayList<>();
    Dqn<double[]> killed = agent();
    RunListener killAfter1500 = new RunListener() {
      @Override
      public void afterStep(long step) {
        if (step == 1_500) {
          throw new IllegalStateException("killed");
        }
      }
    };
    assertThatThrownBy(() -> new Runner<>(new CartPole(), killed, info(),
        listeners(killed, parts, firstLog, killAfter1500)).run()).hasMessage("killed");
    assertThat(Files.readString(parts.resolve("checkpoint/COMPLETE"))).isEqualTo("step 1400\n");

    List<String> resumedLog = new ArrayList<>();
    Dqn<double[]> resumed = agent();
    new Runner<>(new CartPole(), resumed, info(), listeners(resumed, parts, resumedLog, new RunListener() {}))
        .resume(parts.resolve("checkpoint"));

    List<String> expectedTail = wholeLog.subList(wholeLog.indexOf("step 1401"), wholeLog.size());
    assertThat(resumedLog.subList(resumedLog.indexOf("step 1401"), resumedLog.size())).isEqualTo(expectedTail);
    assertThat(expectedTail).anyMatch(line -> line.startsWith("episode"));
    assertThat(expectedTail).anyMatch(line -> line.startsWith("metrics"));
    assertThat(Files.readString(parts.resolve("metrics.csv"))).isEqualTo(Files.readString(whole.resolve("metrics.csv")));
    assertThat(resumed.updates()).isEqualTo(uninterrupted.updates());
  }

  @Test
  void checkpointsInTheMiddleOfAnEpisodeReplayItsActions() throws IOException {
    Path out = dir.resolve("run");
    Dqn<double[]> agent = agent();
    List<String> log = new ArrayList<>();
    new Runner<>(new CartPole(), agent, info(), listeners(agent, out, log, new RunListener() {})).run();
    // The checkpoints at steps 700, 1400, 2100 and 2400 fall inside episodes (seed 5), so they keep the actions.
    assertThat(Files.readString(out.resolve("checkpoint/run_state.properties"))).contains("episode_done=0");
    int lastEpisodeEnd = Integer.parseInt(log.stream().filter(l -> l.startsWith("episode")).reduce((a, b) -> b)
        .orElseThrow().split(" ")[1]);
    assertThat(EpisodeActions.read(out.resolve("checkpoint/episode_actions.bin"))).hasSize((int) TOTAL - lastEpisodeEnd)
        .allMatch(a -> a.equals(0) || a.equals(1));
  }

  @Test
  void resumingPastTheTargetOrFromACorruptCheckpointFailsNamingTheFile() throws IOException {
    Path out = dir.resolve("run");
    Dqn<double[]> agent = agent();
    new Runner<>(new CartPole(), agent, info(), listeners(agent, out, new ArrayList<>(), new RunListener() {})).run();
    Path checkpoint = out.resolve("checkpoint");

    assertThatThrownBy(() -> new Runner<>(new CartPole(), agent(), info(), List.of()).resume(checkpoint))
        .hasMessageContaining("--steps must be larger than the checkpoint's step 2400");

    RunInfo longer = new RunInfo("cartpole-v1", new CartPole().config(), "dqn", CONFIG, Optional.empty(), SEEDS,
        TOTAL + 100);
    Path actions = checkpoint.resolve("episode_actions.bin");
    byte[] bytes = Files.readAllBytes(actions);
    bytes[bytes.length / 2] ^= 0x5A;
    Files.write(actions, bytes);
    assertThatThrownBy(() -> new Runner<>(new CartPole(), agent(), longer, List.of()).resume(checkpoint))
        .isInstanceOf(IOException.class).hasMessageContaining(actions.toString()).hasMessageContaining("checksum");

    Files.writeString(checkpoint.resolve("run_state.properties"), "step=12\n");
    assertThatThrownBy(() -> new Runner<>(new CartPole(), agent(), longer, List.of()).resume(checkpoint))
        .isInstanceOf(IOException.class).hasMessageContaining("run_state.properties: field 'episodes' is missing");
  }

  @Test
  void aLossThatBecomesNanStopsTheRunNamingTheStepAndTheLastFiniteValues() {
    // Rewards of 1e39 are finite doubles but overflow the float TD targets: the loss becomes infinite or NaN.
    Environment<double[], Integer> huge = new TransformReward<>(new CartPole(), r -> r * 1e39);
    Dqn<double[]> agent = agent();
    List<String> log = new ArrayList<>();
    assertThatThrownBy(() -> new Runner<>(huge, agent, info(), List.of(new DetailedLog(log))).run())
        .isInstanceOf(TrainingDivergedException.class)
        .hasMessageMatching("(?s)step \\d+: losses/td_loss = (NaN|Infinity), training stopped .*")
        .hasMessageContaining("last finite values");
    assertThat(agent.updates()).isPositive();
  }
}
