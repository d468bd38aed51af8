package io.feedgym.runner;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.feedgym.env.Environment;
import io.feedgym.env.Step;
import io.feedgym.io.StateFile;
import io.feedgym.policies.Agent;
import io.feedgym.random.SplitMix;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The one training loop shared by every agent, as in CleanRL: the environment starts from
 * {@code reset(seeds.env())} and each later episode from {@code reset()}, which continues the
 * environment's seeded random stream (Gymnasium's convention), so the same seeds give the same run.
 * Each step is {@code agent.act}, {@code env.step}, {@code agent.observe}; episodic return, length and
 * the sums of the reward terms the steps carry are accumulated over terminated and truncated episodes
 * alike. Listeners see every step, episode and the end, and may stop the run early.
 *
 * <p>A run can be resumed from a checkpoint ({@link Checkpointing}) so that it ends exactly as the
 * uninterrupted run would have: the agent restores its full state, the listeners theirs, and the
 * episode in progress is recreated by restoring the environment's random stream as it was before the
 * episode's reset ({@link Environment#randomState()}), resetting, and replaying the episode's actions.
 *
 * <p>A non-finite reward or update metric (a loss that became NaN) stops the run with a
 * {@link TrainingDivergedException} naming the step and the last finite values, before anything is saved.
 * Not thread-safe; the caller owns and closes the environment.
 *
 * @param <O> observation type
 * @param <A> action type
 */
public final class Runner<O, A> {
  private static final String STATE_FILE = "run_state.properties";
  private static final String ACTIONS_FILE = "episode_actions.bin";

  private final Environment<O, A> env;
  private final Agent<O, A> agent;
  private final RunInfo info;
  private final ImmutableList<RunListener> listeners;
  private final EpisodeActions actions = new EpisodeActions();
  private final Map<String, String> lastFinite = new TreeMap<>();
  /** How the episode in progress started: reset(seed), or reset() from this random state (empty: unknown). */
  private boolean episodeSeeded;
  private Optional<SplitMix.State> episodeRandom = Optional.empty();
  private boolean episodeDone;
  private long step;
  private long episodes;
  private long plannedSteps;
  private O observation;
  private double episodicReturn;
  private int length;
  private final RewardTermSums terms = new RewardTermSums();

  /** A runner of {@code agent} on {@code env} for {@code info.totalSteps()} steps, notifying {@code listeners} in order. */
  public Runner(Environment<O, A> env, Agent<O, A> agent, RunInfo info, List<? extends RunListener> listeners) {
    this.env = Objects.requireNonNull(env, "env");
    this.agent = Objects.requireNonNull(agent, "agent");
    this.info = Objects.requireNonNull(info, "info");
    this.listeners = ImmutableList.copyOf(listeners);
  }

  /** Trains from scratch until the planned steps are taken or a listener asks to stop. */
  public RunResult run() {
    episodeSeeded = true;
    plannedSteps = info.totalSteps();
    observation = env.reset(info.seeds().env()).observation();
    return loop();
  }

  /**
   * Continues the run saved in {@code checkpoint} (by {@link Checkpointing}) up to {@code info.totalSteps()},
   * which must be larger than the saved step. The agent must have been assembled as for the original run,
   * planned for {@link #plannedSteps(Path)} steps. A missing, corrupt or inconsistent checkpoint is an
   * IOException naming the file.
   */
  public RunResult resume(Path checkpoint) throws IOException {
    Path stateFile = checkpoint.resolve(STATE_FILE);
    StateFile state = StateFile.read(stateFile);
    step = state.getLong("step", 0);
    episodes = state.getLong("episodes", 0);
    plannedSteps = state.getLong("planned_steps", 1);
    episodeDone = state.getLong("episode_done", 0) == 1;
    episodeSeeded = state.getLong("episode_seeded", 0) == 1;
    if (episodeDone || !episodeSeeded) {
      if (!state.keys().contains("env_random")) {
        throw new IOException(stateFile + ": the environment did not expose its random state "
            + "(Environment.randomState), so this run cannot be resumed");
      }
      episodeRandom = Optional.of(state.getRandom("env_random"));
    }
    if (step >= info.totalSteps()) {
      throw new IllegalArgumentException("--steps must be larger than the checkpoint's step " + step
          + " to resume, found " + info.totalSteps());
    }
    List<Object> replay = EpisodeActions.read(checkpoint.resolve(ACTIONS_FILE));
    agent.load(checkpoint);
    for (RunListener listener : listeners) {
      listener.restore(checkpoint, step);
    }
    if (episodeDone) {
      env.restoreRandomState(episodeRandom.orElseThrow());
      startEpisode();
    } else if (episodeSeeded) {
      observation = env.reset(info.seeds().env()).observation();
      replayEpisode(replay, checkpoint.resolve(ACTIONS_FILE));
    } else {
      env.restoreRandomState(episodeRandom.orElseThrow());
      observation = env.reset().observation();
      replayEpisode(replay, checkpoint.resolve(ACTIONS_FILE));
    }
    return loop();
  }

  /** The steps the agent of the checkpointed run was planned for (its schedules depend on them). */
  public static long plannedSteps(Path checkpoint) throws IOException {
    return StateFile.read(checkpoint.resolve(STATE_FILE)).getLong("planned_steps", 1);
  }

  /** Brings the environment to the checkpointed point of the episode in progress, without the agent. */
  @SuppressWarnings("unchecked")
  private void replayEpisode(List<Object> replay, Path file) throws IOException {
    for (int t = 0; t < replay.size(); t++) {
      A action = (A) replay.get(t);
      Step<O> outcome = env.step(action);
      actions.add(action);
      episodicReturn += outcome.reward();
      length++;
      terms.add(outcome);
      if (outcome.done()) {
        throw new IOException(file + ": the episode in progress ended after replaying " + (t + 1) + " of "
            + replay.size() + " actions; the checkpoint does not match this environment");
      }
      observation = outcome.observation();
    }
  }

  private RunResult loop() {
    RunEvents events = new RunEvents() {
      @Override
      public void publishEvaluation(long at, EvalResult result) {
        listeners.forEach(l -> l.onEvaluation(at, result));
      }

      @Override
      public void saveRunState(Path dir) throws IOException {
        save(dir);
      }
    };
    listeners.forEach(l -> l.onStart(info, events));
    long start = System.nanoTime();
    long firstStep = step;
    boolean stopped = false;
    while (step < info.totalSteps() && !stopped) {
      A action = agent.act(observation);
      actions.add(action);
      Step<O> outcome = env.step(action);
      Map<String, Double> metrics = agent.observe(observation, action, outcome);
      step++;
      checkFinite(outcome.reward(), metrics);
      episodicReturn += outcome.reward();
      length++;
      terms.add(outcome);
      for (RunListener listener : listeners) {
        listener.onStep(step, metrics);
      }
      episodeDone = outcome.done();
      if (episodeDone) {
        endEpisode();
      }
      stopped = listeners.stream().anyMatch(RunListener::stopRequested);
      if (episodeDone && step < info.totalSteps() && !stopped) {
        startEpisode();
      } else {
        observation = outcome.observation();
      }
      for (RunListener listener : listeners) {
        listener.afterStep(step);
      }
    }
    RunResult result = new RunResult(step, episodes, stopped && step < info.totalSteps(),
        (System.nanoTime() - start) / 1e9, firstStep);
    listeners.forEach(l -> l.onEnd(result));
    return result;
  }

  private void endEpisode() {
    episodes++;
    ImmutableMap<String, Double> termSums = terms.sums();
    for (RunListener listener : listeners) {
      listener.onEpisode(step, episodicReturn, length);
      if (!termSums.isEmpty()) {
        listener.onRewardTerms(step, termSums);
      }
    }
  }

  private void startEpisode() {
    episodeSeeded = false;
    episodeRandom = env.randomState();
    episodeDone = false;
    episodicReturn = 0;
    length = 0;
    terms.clear();
    actions.clear();
    observation = env.reset().observation();
  }

  /** Stops the run on a non-finite reward or update metric, naming the step and the last finite values. */
  private void checkFinite(double reward, Map<String, Double> metrics) {
    if (!Double.isFinite(reward)) {
      throw new TrainingDivergedException("step " + step + ": the environment returned reward " + reward
          + "; training stopped (the last checkpoint, if any, predates this step)");
    }
    if (metrics.isEmpty()) {
      return;
    }
    TreeMap<String, Double> sorted = new TreeMap<>(metrics);
    for (Map.Entry<String, Double> metric : sorted.entrySet()) {
      if (!Double.isFinite(metric.getValue())) {
        throw new TrainingDivergedException("step " + step + ": " + metric.getKey() + " = " + metric.getValue()
            + ", training stopped (the last checkpoint, if any, predates this step); last finite values: "
            + (lastFinite.isEmpty() ? "none, it was the first update" : String.join(", ", lastFinite.values()))
            + ". Lower learning_rate or check the reward scale.");
      }
    }
    sorted.forEach((name, value) -> lastFinite.put(name,
        String.format(Locale.ROOT, "%s = %.6g at step %d", name, value, step)));
  }


  private void save(Path dir) throws IOException {
    StateFile state = StateFile.create(dir.resolve(STATE_FILE))
        .put("step", step)
        .put("episodes", episodes)
        .put("planned_steps", plannedSteps)
        .put("episode_done", episodeDone ? 1 : 0)
        .put("episode_seeded", episodeSeeded && !episodeDone ? 1 : 0);
    // Where the next reset() starts from: before the episode in progress, or now if it has ended.
    Optional<SplitMix.State> envRandom = episodeDone ? env.randomState() : episodeRandom;
    envRandom.ifPresent(random -> state.put("env_random", random));
    state.write("runner state: counters and how the episode in progress started");
    actions.write(dir.resolve(ACTIONS_FILE));
    for (RunListener listener : listeners) {
      listener.save(dir, step);
    }
  }
}
