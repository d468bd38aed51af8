package io.feedgym.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedgym.agents.Agents;
import io.feedgym.env.feed.Feed;
import io.feedgym.env.feed.FeedCohortsConfig;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.policies.Agent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * meta-ppo on feed-cohorts-v0 killed after a checkpoint in the middle of a rollout and of trials, and resumed,
 * ends exactly as the uninterrupted run: the task contexts of both environments and of the greedy policy are
 * part of the checkpoint.
 */
class MetaPpoResumeTest {
  private static final Map<String, String> CONFIG = Map.of("num_envs", "2", "num_steps", "32",
      "num_minibatches", "2", "update_epochs", "2");
  private static final long TOTAL = 640;
  private static final RunSeeds SEEDS = RunSeeds.from(3);

  @TempDir
  Path dir;

  @SuppressWarnings("unchecked")
  private static Agent<FeedObservation, int[]> agent() {
    return (Agent<FeedObservation, int[]>) Agents.make("meta-ppo", env(), CONFIG, SEEDS.agent(), TOTAL);
  }

  private static Feed env() {
    return Feed.cohorts(FeedCohortsConfig.defaults());
  }

  private static RunInfo info() {
    return new RunInfo("feed-cohorts-v0", FeedCohortsConfig.defaults(), "meta-ppo", Agents.config("meta-ppo", CONFIG),
        Optional.empty(), SEEDS, TOTAL);
  }

  private static List<RunListener> listeners(Agent<FeedObservation, int[]> agent, Path out, List<String> log) {
    return new ArrayList<>(List.of(new Evaluation<>(agent, env(), new Evaluator(2, SEEDS.eval()), 320),
        new MetricsCsv(out.resolve("metrics.csv"), 20), new DetailedLog(log),
        new Checkpointing(agent, out.resolve("checkpoint"), 200)));
  }

  @Test
  void aKilledAndResumedRunEndsAsTheUninterruptedOne() throws IOException {
    Path whole = dir.resolve("whole");
    List<String> wholeLog = new ArrayList<>();
    Agent<FeedObservation, int[]> uninterrupted = agent();
    new Runner<>(List.of(env(), env()), uninterrupted, info(), listeners(uninterrupted, whole, wholeLog)).run();

    Path parts = dir.resolve("parts");
    Agent<FeedObservation, int[]> killed = agent();
    List<RunListener> killing = listeners(killed, parts, new ArrayList<>());
    killing.add(new RunListener() {
      @Override
      public void afterStep(long step) {
        if (step == 500) {
          throw new IllegalStateException("killed");
        }
      }
    });
    assertThatThrownBy(() -> new Runner<>(List.of(env(), env()), killed, info(), killing).run())
        .hasMessage("killed");
    assertThat(Files.readString(parts.resolve("checkpoint/COMPLETE"))).isEqualTo("step 400\n");
    assertThat(Files.readString(parts.resolve("checkpoint/run_state.properties"))).contains("episode_done=0");

    List<String> resumedLog = new ArrayList<>();
    Agent<FeedObservation, int[]> resumed = agent();
    new Runner<>(List.of(env(), env()), resumed, info(), listeners(resumed, parts, resumedLog))
        .resume(parts.resolve("checkpoint"));

    List<String> expectedTail = wholeLog.subList(wholeLog.indexOf("step 402"), wholeLog.size());
    assertThat(resumedLog.subList(resumedLog.indexOf("step 402"), resumedLog.size())).isEqualTo(expectedTail);
    assertThat(expectedTail).anyMatch(line -> line.startsWith("metrics"));
    assertThat(expectedTail).anyMatch(line -> line.startsWith("eval"));
    assertThat(Files.readString(parts.resolve("metrics.csv"))).isEqualTo(Files.readString(whole.resolve("metrics.csv")));
  }
}
