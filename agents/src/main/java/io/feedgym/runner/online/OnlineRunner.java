package io.feedgym.runner.online;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.feedgym.env.Reset;
import io.feedgym.env.Step;
import io.feedgym.env.feed.Feed;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feedback.Feedback;
import io.feedgym.io.AtomicFiles;
import io.feedgym.io.StateFile;
import io.feedgym.policies.Agent;
import io.feedgym.random.SplitMix;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Runs DRN's online protocol (Zheng et al. 2018, Fig. 4) on a feed: pretraining at world day 0, then
 * {@code days} simulated days of {@code sessions_per_day} users each; per page the learner serves, the user
 * responds, the learner learns (minor update); at the end of every day the learner may make a major update.
 * Session j of the stream starts from {@code reset(stream seed + j)} at world day d + j' / sessions_per_day, so
 * every mode meets the same users. The reward is the feed's clicks plus, on a session's last page when the
 * user's return is known, β times DRN's activeness after the return. With a checkpoint directory the state
 * is saved after every day and a resumed run continues exactly.
 */
public final class OnlineRunner {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CHECKPOINT = "checkpoint";
  private static final String STATE_FILE = "online_state.properties";
  private static final String DAYS_FILE = "days.json";
  private static final int PRETRAIN_REPORT_PAGES = 5_000;

  private final OnlineConfig config;
  private final Feed env;
  private final PrintStream progress;

  /** A runner on {@code env}, reporting pretraining progress to {@code progress}. */
  public OnlineRunner(OnlineConfig config, Feed env, PrintStream progress) {
    this.config = config;
    this.env = env;
    this.progress = progress;
  }

  /**
   * Runs (or, when {@code checkpoints} holds a checkpoint, resumes) the stream for {@code learner} from
   * {@code seed}; {@code onDay} sees each day's stats as it ends. Returns every day's stats.
   */
  public List<DayStats> run(OnlineLearner<FeedObservation> learner, long seed, Optional<Path> checkpoints,
      Consumer<DayStats> onDay) throws IOException {
    return run(learner, seed, checkpoints, Optional.empty(), onDay);
  }

  /**
   * As {@link #run(OnlineLearner, long, Optional, Consumer)}, sharing the pretraining through directory
   * {@code pretrained}: the pretrained agent is loaded from it when it holds one, else saved there, so
   * several modes of one seed pretrain once.
   */
  public List<DayStats> run(OnlineLearner<FeedObservation> learner, long seed, Optional<Path> checkpoints,
      Optional<Path> pretrained, Consumer<DayStats> onDay) throws IOException {
    SplitMix seeds = new SplitMix(seed);
    long pretrainSeed = seeds.nextLong();
    long streamSeed = seeds.nextLong();
    List<DayStats> days = new ArrayList<>();
    int firstDay = 0;
    Optional<Path> saved = checkpoints.flatMap(OnlineRunner::latest);
    if (saved.isPresent()) {
      firstDay = restore(saved.get(), learner, days);
      progress.println("resumed from " + saved.get() + " at day " + firstDay);
    } else if (pretrained.isPresent() && Files.isDirectory(pretrained.get())) {
      learner.pretraining().load(pretrained.get());
    } else {
      pretrain(learner.pretraining(), pretrainSeed);
      if (pretrained.isPresent()) {
        Path fresh = pretrained.get().resolveSibling(pretrained.get().getFileName() + ".tmp");
        AtomicFiles.deleteTree(fresh);
        learner.pretraining().save(fresh);
        Files.move(fresh, pretrained.get(), StandardCopyOption.ATOMIC_MOVE);
      }
    }
    for (int day = firstDay; day < config.days(); day++) {
      DayTally tally = new DayTally(day);
      for (int j = 0; j < config.sessionsPerDay(); j++) {
        env.setWorldDay(day + j / (double) config.sessionsPerDay());
        serveUser(learner, streamSeed + (long) day * config.sessionsPerDay() + j, tally);
      }
      learner.endOfDay(day);
      DayStats stats = tally.stats();
      days.add(stats);
      onDay.accept(stats);
      if (checkpoints.isPresent()) {
        checkpoint(checkpoints.get(), learner, day + 1, days);
      }
    }
    return days;
  }

  /** Ordinary training of {@code agent} for {@code pretrain_pages} pages at world day 0. */
  private void pretrain(Agent<FeedObservation, int[]> agent, long seed) {
    env.setWorldDay(0);
    long pages = 0;
    long episode = 0;
    while (pages < config.pretrainPages()) {
      FeedObservation page = env.reset(seed + episode++).observation();
      boolean done = false;
      while (!done && pages < config.pretrainPages()) {
        int[] slate = agent.act(page);
        Step<FeedObservation> step = env.step(slate);
        agent.observe(page, slate, step);
        page = step.observation();
        done = step.done();
        if (++pages % PRETRAIN_REPORT_PAGES == 0) {
          progress.printf("pretraining: %,d / %,d pages%n", pages, config.pretrainPages());
        }
      }
    }
  }

  /** Serves one user's episode (one session on feed-v0, all their sessions on feed-return-v0). */
  private void serveUser(OnlineLearner<FeedObservation> learner, long seed, DayTally tally) {
    Reset<FeedObservation> reset = env.reset(seed);
    FeedObservation page = reset.observation();
    double activeness = config.activeness().initial();
    boolean done = false;
    while (!done) {
      int[] slate = learner.serve(page);
      Step<FeedObservation> step = env.step(slate);
      Feedback feedback = (Feedback) step.info().get(Feedback.INFO_KEY);
      double reward = step.reward();
      if (feedback.left() && feedback.hasReturnGap()) {
        activeness = config.activeness().afterReturn(activeness, feedback.returnGap());
        reward += config.activenessBeta() * activeness;
      }
      Step<FeedObservation> rewarded = new Step<>(step.observation(), reward, step.terminated(), step.truncated(),
          step.info());
      Map<String, Double> metrics = learner.learn(page, slate, rewarded);
      Double won = metrics.get("dbgd/explorer_won");
      if (won != null) {
        tally.comparison(won > 0);
      }
      tally.page(slate.length, feedback.clicks(), reward);
      done = step.done();
      if (feedback.left() || done) {
        tally.endSession();
      }
      page = step.observation();
    }
  }

  /** Writes the learner, the next day and the days so far, replacing the previous checkpoint atomically. */
  private static void checkpoint(Path dir, OnlineLearner<FeedObservation> learner, int nextDay, List<DayStats> days)
      throws IOException {
    AtomicFiles.replaceDirectory(dir.resolve(CHECKPOINT), next -> {
      learner.save(next.resolve("learner"));
      AtomicFiles.writeString(next.resolve(DAYS_FILE), JSON.writeValueAsString(days));
      StateFile.create(next.resolve(STATE_FILE)).put("next_day", nextDay).write("online stream position");
    });
  }

  /**
   * The newest complete checkpoint under {@code dir}: {@code checkpoint}, or, when a save was cut during the
   * swap, {@code checkpoint.next} (complete once its stream position is written) or {@code checkpoint.prev}.
   */
  private static Optional<Path> latest(Path dir) {
    Path checkpoint = dir.resolve(CHECKPOINT);
    Path next = AtomicFiles.sibling(checkpoint, "next");
    return Stream.of(checkpoint, next, AtomicFiles.sibling(checkpoint, "prev"))
        .filter(p -> Files.isDirectory(p) && (p != next || Files.isRegularFile(p.resolve(STATE_FILE))))
        .findFirst();
  }

  private int restore(Path checkpoint, OnlineLearner<FeedObservation> learner, List<DayStats> days)
      throws IOException {
    int nextDay = (int) StateFile.read(checkpoint.resolve(STATE_FILE)).getLong("next_day", 1);
    if (nextDay > config.days()) {
      throw new IOException(checkpoint.resolve(STATE_FILE) + ": field 'next_day' is " + nextDay
          + ", beyond the stream's " + config.days() + " days");
    }
    Path daysFile = checkpoint.resolve(DAYS_FILE);
    try {
      days.addAll(JSON.readValue(daysFile.toFile(), new TypeReference<List<DayStats>>() {}));
    } catch (IOException e) {
      throw new IOException(daysFile + ": corrupt day statistics (" + e.getMessage() + ")", e);
    }
    if (days.size() != nextDay) {
      throw new IOException(daysFile + ": holds " + days.size() + " days, the stream position says " + nextDay);
    }
    learner.load(checkpoint.resolve("learner"));
    return nextDay;
  }
}
