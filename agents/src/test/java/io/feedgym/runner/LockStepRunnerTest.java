package io.feedgym.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedgym.env.Step;
import io.feedgym.env.cartpole.CartPole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner with an agent that steps three CartPoles in lock-step (a synchronous vector environment). */
class LockStepRunnerTest {
  private static final int N = 3;
  private static final long TOTAL = 1_500;
  private static final RunSeeds SEEDS = RunSeeds.from(11);

  @TempDir
  Path dir;

  private static RunInfo info(long total) {
    return new RunInfo("cartpole-v1", new CartPole().config(), "lock-step", new TinyConfig(5, 0.5, List.of(N),
        TinyConfig.Mode.FAST), Optional.empty(), SEEDS, total);
  }

  private static List<CartPole> envs() {
    return List.of(new CartPole(), new CartPole(), new CartPole());
  }

  private static List<RunListener> listeners(LockStepAgent agent, Path out, List<String> log) {
    return List.of(new Evaluation<>(agent, new CartPole(), new Evaluator(2, SEEDS.eval()), 600),
        new MetricsCsv(out.resolve("metrics.csv"), 30), new DetailedLog(log),
        new Checkpointing(agent, out.resolve("checkpoint"), 300));
  }

  @Test
  void environmentIStartsFromTheRunSeedPlusIAndEachLockStepCountsNSteps() {
    LockStepAgent agent = new LockStepAgent(N, 5, 1);
    List<String> log = new ArrayList<>();
    RunResult result = new Runner<>(envs(), agent, info(TOTAL), List.of(new DetailedLog(log))).run();

    for (int i = 0; i < N; i++) {
      assertThat(agent.observedBatches.get(0).get(i))
          .containsExactly(new CartPole().reset(SEEDS.env() + i).observation());
    }
    assertThat(result.steps()).isEqualTo(TOTAL);
    assertThat(agent.stepBatches).hasSize((int) (TOTAL / N)).allMatch(batch -> batch.size() == N);
    assertThat(log.stream().filter(l -> l.startsWith("step")))
        .startsWith("step 3", "step 6", "step 9").endsWith("step " + TOTAL);
    // Every episode the runner reports ended in some environment at that lock-step, with the same length.
    long finished = agent.stepBatches.stream().flatMap(List::stream).filter(Step::done).count();
    assertThat(log.stream().filter(l -> l.startsWith("episode"))).hasSize((int) finished);
    assertThat(result.episodes()).isEqualTo(finished).isGreaterThan(N);
  }

  @Test
  void anEnvironmentIsResetAfterItsEpisodeEndsWhileTheOthersGoOn() {
    LockStepAgent agent = new LockStepAgent(N, 5, 2);
    new Runner<>(envs(), agent, info(TOTAL), List.of()).run();
    for (int t = 0; t + 1 < agent.stepBatches.size(); t++) {
      for (int i = 0; i < N; i++) {
        Step<double[]> step = agent.stepBatches.get(t).get(i);
        double[] next = agent.observedBatches.get(t + 1).get(i);
        if (step.done()) {
          assertThat(next).isNotEqualTo(step.observation());
          assertThat(Math.abs(next[0])).isLessThanOrEqualTo(0.05);
        } else {
          assertThat(next).isSameAs(step.observation());
        }
      }
    }
  }

  @Test
  void aKilledAndResumedLockStepRunEndsAsTheUninterruptedOne() throws IOException {
    Path whole = dir.resolve("whole");
    List<String> wholeLog = new ArrayList<>();
    LockStepAgent uninterrupted = new LockStepAgent(N, 5, 3);
    new Runner<>(envs(), uninterrupted, info(TOTAL), listeners(uninterrupted, whole, wholeLog)).run();

    Path parts = dir.resolve("parts");
    LockStepAgent killed = new LockStepAgent(N, 5, 3);
    List<RunListener> killing = new ArrayList<>(listeners(killed, parts, new ArrayList<>()));
    killing.add(new RunListener() {
      @Override
      public void afterStep(long step) {
        if (step == 1_050) {
          throw new IllegalStateException("killed");
        }
      }
    });
    assertThatThrownBy(() -> new Runner<>(envs(), killed, info(TOTAL), killing).run()).hasMessage("killed");
    assertThat(Files.readString(parts.resolve("checkpoint/COMPLETE"))).isEqualTo("step 900\n");
    assertThat(parts.resolve("checkpoint/episode_actions.2.bin")).exists();

    List<String> resumedLog = new ArrayList<>();
    LockStepAgent resumed = new LockStepAgent(N, 5, 3);
    new Runner<>(envs(), resumed, info(TOTAL), listeners(resumed, parts, resumedLog))
        .resume(parts.resolve("checkpoint"));

    List<String> expectedTail = wholeLog.subList(wholeLog.indexOf("step 903"), wholeLog.size());
    assertThat(resumedLog.subList(resumedLog.indexOf("step 903"), resumedLog.size())).isEqualTo(expectedTail);
    assertThat(expectedTail).anyMatch(line -> line.startsWith("episode"));
    assertThat(Files.readString(parts.resolve("metrics.csv"))).isEqualTo(Files.readString(whole.resolve("metrics.csv")));
  }

  @Test
  void rejectsAWrongNumberOfEnvironmentsOrAStepCountOffTheLockSteps() throws IOException {
    LockStepAgent agent = new LockStepAgent(N, 5, 4);
    assertThatThrownBy(() -> new Runner<>(List.of(new CartPole()), agent, info(TOTAL), List.of()))
        .hasMessageContaining("num_envs=3").hasMessageContaining("given 1");
    assertThatThrownBy(() -> new Runner<>(envs(), agent, info(1_000), List.of()))
        .hasMessageContaining("--steps must be a multiple of num_envs=3");

    Path out = dir.resolve("one");
    LockStepAgent single = new LockStepAgent(1, 5, 4);
    new Runner<>(new CartPole(), single, info(300), List.of(new Checkpointing(single, out, 0))).run();
    assertThatThrownBy(() -> new Runner<>(envs(), agent, info(TOTAL), List.of()).resume(out))
        .isInstanceOf(IOException.class).hasMessageContaining("run_state.properties: num_envs = 1");
  }
}
