package io.feedgym.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedgym.env.Step;
import io.feedgym.env.wrappers.TimeLimit;
import io.feedgym.rewards.registry.RewardSelection;
import io.feedgym.rewards.registry.Rewards;
import io.feedgym.rewards.wrappers.ComputeReward;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunnerTest {
  /** Env seed 0: episodes last 1, 2, 3 (cut to 2 by the time limit), 1, 2, ... steps. */
  static final RunSeeds SEEDS = new RunSeeds(7, 0, 11, 100);

  static RunInfo info(long steps) {
    return info(steps, Optional.empty());
  }

  static RunInfo info(long steps, Optional<RewardSelection> reward) {
    return new RunInfo("tiny-v0", new TinyConfig(1, 1, List.of(1), TinyConfig.Mode.SLOW),
        "scripted", new ScriptedAgent(2).config(), reward, SEEDS, steps);
  }

  @Test
  void accountsReturnsAndLengthsOfTerminatedAndTruncatedEpisodes() {
    TinyEnv tiny = new TinyEnv();
    ScriptedAgent agent = new ScriptedAgent(2);
    List<String> log = new ArrayList<>();

    RunResult result = new Runner<>(new TimeLimit<>(tiny, 2), agent, info(7),
        List.of(new RecordingListener("a", log))).run();

    assertThat(log).containsExactly(
        "a start 7",
        "a step 1", "a episode 1 1.0 1",
        "a step 2 metrics", "a step 3", "a episode 3 2.0 2",
        "a step 4 metrics", "a step 5", "a episode 5 2.0 2",
        "a step 6 metrics", "a episode 6 1.0 1",
        "a step 7",
        "a end 7 4 false");
    assertThat(result.steps()).isEqualTo(7);
    assertThat(result.episodes()).isEqualTo(4);
    assertThat(result.stoppedEarly()).isFalse();
    assertThat(tiny.resets).containsExactly("reset(0)", "reset()", "reset()", "reset()", "reset()");
    assertThat(agent.observed).extracting(Step::truncated)
        .containsExactly(false, false, false, false, true, false, false);
    assertThat(agent.observed).extracting(Step::terminated)
        .containsExactly(true, false, true, false, false, true, false);
  }

  @Test
  void passesTheEpisodicSumOfEachRewardTermAfterTheEpisode() {
    List<String> log = new ArrayList<>();
    var env = new ComputeReward<>(new PagesEnv(), Rewards.parse("clicks:1,purchases:2,leave:1"));

    new Runner<>(env, new ScriptedAgent(100), info(6), List.of(new RecordingListener("a", log))).run();

    // Action 0. Episode 0: 1 page without clicks. Episode 1: 2 pages with 0 and 1 clicks, a purchase,
    // leaves: 1 + 2 - 1 = 2. Episode 2: 3 pages with 0, 1 and 2 clicks, a purchase, leaves: 3 + 2 - 1 = 4.
    assertThat(log).containsExactly(
        "a start 6",
        "a step 1", "a episode 1 0.0 1",
        "a terms 1 {reward/clicks=0.0, reward/purchases=0.0, reward/leave=0.0}",
        "a step 2", "a step 3", "a episode 3 2.0 2",
        "a terms 3 {reward/clicks=1.0, reward/purchases=2.0, reward/leave=-1.0}",
        "a step 4", "a step 5", "a step 6", "a episode 6 4.0 3",
        "a terms 6 {reward/clicks=3.0, reward/purchases=2.0, reward/leave=-1.0}",
        "a end 6 3 false");
  }

  @Test
  void callsListenersInTheOrderGiven() {
    List<String> log = new ArrayList<>();

    new Runner<>(new TinyEnv(), new ScriptedAgent(5), info(1),
        List.of(new RecordingListener("a", log), new RecordingListener("b", log))).run();

    assertThat(log).containsExactly("a start 1", "b start 1", "a step 1", "b step 1",
        "a episode 1 1.0 1", "b episode 1 1.0 1", "a end 1 1 false", "b end 1 1 false");
  }

  @Test
  void aListenerCanStopTheRunEarly() {
    List<String> log = new ArrayList<>();
    RunListener stopAfterTwoEpisodes = new RunListener() {
      private int episodes;

      @Override
      public void onEpisode(long step, double episodicReturn, int length) {
        episodes++;
      }

      @Override
      public boolean stopRequested() {
        return episodes >= 2;
      }
    };
    TinyEnv tiny = new TinyEnv();

    RunResult result = new Runner<>(tiny, new ScriptedAgent(5), info(100),
        List.of(stopAfterTwoEpisodes, new RecordingListener("a", log))).run();

    assertThat(result.steps()).isEqualTo(3);
    assertThat(result.episodes()).isEqualTo(2);
    assertThat(result.stoppedEarly()).isTrue();
    assertThat(log).last().isEqualTo("a end 3 2 true");
    assertThat(tiny.resets).containsExactly("reset(0)", "reset()");
  }

  @Test
  void theSameSeedsGiveTheSameRun() {
    List<String> first = new ArrayList<>();
    List<String> second = new ArrayList<>();

    new Runner<>(new TinyEnv(), new ScriptedAgent(3), info(50), List.of(new RecordingListener("a", first))).run();
    new Runner<>(new TinyEnv(), new ScriptedAgent(3), info(50), List.of(new RecordingListener("a", second))).run();

    assertThat(first).hasSize(1 + 50 + 25 + 1).isEqualTo(second);
  }

  @Test
  void rejectsANonPositiveStepCount() {
    assertThatThrownBy(() -> info(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("steps must be positive, found 0");
  }

  @Test
  void seedsAreSplitFromTheRunSeed() {
    RunSeeds seeds = RunSeeds.from(1);

    assertThat(seeds.run()).isEqualTo(1);
    assertThat(List.of(seeds.env(), seeds.agent(), seeds.eval())).doesNotHaveDuplicates().doesNotContain(1L);
    assertThat(RunSeeds.from(1)).isEqualTo(seeds);
  }
}
