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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The one training loop shared by every agent, as in CleanRL: it steps the agent's
 * {@link Agent#numEnvs() N} environments in lock-step (a synchronous vector environment; N = 1 for
 * most agents). Environment i starts from {@code reset(seeds.env() + i)} and each later episode from
 * {@code reset()}, which continues that environment's seeded random stream (Gymnasium's convention), so
 * the same seeds give the same run. Each step is {@code agent.act} on the N observations, one
 * {@code env.step} per environment, {@code agent.observe} of the N transitions; an environment whose
 * episode ended is reset before the next step (the agent saw its final observation). Steps are counted
 * in environment steps (N per lock-step), so the planned steps must be a multiple of N. Episodic
 * return, length and the sums of the reward terms the steps carry are accumulated per environment over
 * terminated and truncated episodes alike. Listeners see every lock-step, episode and the end, and may
 * stop the run early.
 *
 * <p>A run can be resumed from a checkpoint ({@link Checkpointing}) so that it ends exactly as the
 * uninterrupted run would have: the agent restores its full state, the listeners theirs, and the
 * episode in progress in each environment is recreated by restoring the environment's random stream as
 * it was before the episode's reset ({@link Environment#randomState()}), resetting, and replaying the
 * episode's actions.
 *
 * <p>A non-finite reward or update metric (a loss that became NaN) stops the run with a
 * {@link TrainingDivergedException} naming the step and the last finite values, before anything is saved.
 * Not thread-safe; the caller owns and closes the environments.
 *
 * @param <O> observation type
 * @param <A> action type
 */
public final class Runner<O, A> {
  private static final String STATE_FILE = "run_state.properties";

  private final ImmutableList<Lane> lanes;
  private final Agent<O, A> agent;
  private final RunInfo info;
  private final ImmutableList<RunListener> listeners;
  private final Map<String, String> lastFinite = new TreeMap<>();
  private long step;
  private long episodes;
  private long plannedSteps;

  /** A runner of {@code agent} on {@code env} for {@code info.totalSteps()} steps, notifying {@code listeners} in order. */
  public Runner(Environment<O, A> env, Agent<O, A> agent, RunInfo info, List<? extends RunListener> listeners) {
    this(List.of(env), agent, info, listeners);
  }

  /**
   * A runner of {@code agent} on {@code envs} stepped in lock-step; there must be {@link Agent#numEnvs()}
   * of them, with the same configuration, and {@code info.totalSteps()} must be a multiple of their number.
   */
  public Runner(List<? extends Environment<O, A>> envs, Agent<O, A> agent, RunInfo info,
      List<? extends RunListener> listeners) {
    this.agent = Objects.requireNonNull(agent, "agent");
    this.info = Objects.requireNonNull(info, "info");
    this.listeners = ImmutableList.copyOf(listeners);
    if (envs.size() != agent.numEnvs()) {
      throw new IllegalArgumentException("the agent steps num_envs=" + agent.numEnvs()
          + " environments in lock-step, but the runner was given " + envs.size());
    }
    if (info.totalSteps() % envs.size() != 0) {
      throw new IllegalArgumentException("--steps must be a multiple of num_envs=" + envs.size()
          + " (each lock-step takes one step in every environment), found " + info.totalSteps());
    }
    ImmutableList.Builder<Lane> builder = ImmutableList.builder();
    for (int i = 0; i < envs.size(); i++) {
      builder.add(new Lane(i, Objects.requireNonNull(envs.get(i), "env " + i)));
    }
    this.lanes = builder.build();
  }

  /** Trains from scratch until the planned steps are taken or a listener asks to stop. */
  public RunResult run() {
    plannedSteps = info.totalSteps();
    for (Lane lane : lanes) {
      lane.episodeSeeded = true;
      lane.observation = lane.env.reset(info.seeds().env() + lane.index).observation();
    }
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
    long numEnvs = state.getLong("num_envs", 1);
    if (numEnvs != lanes.size()) {
      throw new IOException(stateFile + ": num_envs = " + numEnvs + ", but the agent steps " + lanes.size()
          + " environments; the checkpoint does not match this agent");
    }
    if (step >= info.totalSteps()) {
      throw new IllegalArgumentException("--steps must be larger than the checkpoint's step " + step
          + " to resume, found " + info.totalSteps());
    }
    List<List<Object>> replays = new ArrayList<>();
    for (Lane lane : lanes) {
      lane.readState(state, stateFile);
      replays.add(EpisodeActions.read(checkpoint.resolve(lane.actionsFile())));
    }
    agent.load(checkpoint);
    for (RunListener listener : listeners) {
      listener.restore(checkpoint, step);
    }
    for (Lane lane : lanes) {
      lane.recreate(replays.get(lane.index), checkpoint.resolve(lane.actionsFile()));
    }
    return loop();
  }

  /** The steps the agent of the checkpointed run was planned for (its schedules depend on them). */
  public static long plannedSteps(Path checkpoint) throws IOException {
    return StateFile.read(checkpoint.resolve(STATE_FILE)).getLong("planned_steps", 1);
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
    int n = lanes.size();
    List<O> observations = new ArrayList<>(n);
    List<Step<O>> outcomes = new ArrayList<>(n);
    while (step < info.totalSteps() && !stopped) {
      observations.clear();
      outcomes.clear();
      lanes.forEach(lane -> observations.add(lane.observation));
      List<A> actions = agent.act(observations);
      for (Lane lane : lanes) {
        A action = actions.get(lane.index);
        lane.actions.add(action);
        outcomes.add(lane.env.step(action));
      }
      Map<String, Double> metrics = agent.observe(observations, actions, outcomes);
      step += n;
      for (Step<O> outcome : outcomes) {
        checkFiniteReward(outcome.reward());
      }
      checkFinite(metrics);
      for (Lane lane : lanes) {
        lane.record(outcomes.get(lane.index));
      }
      for (RunListener listener : listeners) {
        listener.onStep(step, metrics);
      }
      for (Lane lane : lanes) {
        lane.episodeDone = outcomes.get(lane.index).done();
        if (lane.episodeDone) {
          endEpisode(lane);
        }
      }
      stopped = listeners.stream().anyMatch(RunListener::stopRequested);
      for (Lane lane : lanes) {
        if (lane.episodeDone && step < info.totalSteps() && !stopped) {
          lane.startEpisode();
        } else {
          lane.observation = outcomes.get(lane.index).observation();
        }
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

  private void endEpisode(Lane lane) {
    episodes++;
    ImmutableMap<String, Double> termSums = lane.terms.sums();
    for (RunListener listener : listeners) {
      listener.onEpisode(step, lane.episodicReturn, lane.length);
      if (!termSums.isEmpty()) {
        listener.onRewardTerms(step, termSums);
      }
    }
  }

  private void checkFiniteReward(double reward) {
    if (!Double.isFinite(reward)) {
      throw new TrainingDivergedException("step " + step + ": the environment returned reward " + reward
          + "; training stopped (the last checkpoint, if any, predates this step)");
    }
  }

  /** Stops the run on a non-finite update metric, naming the step and the last finite values. */
  private void checkFinite(Map<String, Double> metrics) {
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
        .put("num_envs", lanes.size());
    for (Lane lane : lanes) {
      lane.writeState(state);
    }
    state.write("runner state: counters and how each environment's episode in progress started");
    for (Lane lane : lanes) {
      lane.actions.write(dir.resolve(lane.actionsFile()));
    }
    for (RunListener listener : listeners) {
      listener.save(dir, step);
    }
  }

  /** One environment of the lock-step and its episode in progress. */
  private final class Lane {
    final int index;
    final Environment<O, A> env;
    final EpisodeActions actions = new EpisodeActions();
    final RewardTermSums terms = new RewardTermSums();
    /** How the episode in progress started: reset(seed), or reset() from this random state (empty: unknown). */
    boolean episodeSeeded;
    Optional<SplitMix.State> episodeRandom = Optional.empty();
    boolean episodeDone;
    O observation;
    double episodicReturn;
    int length;

    Lane(int index, Environment<O, A> env) {
      this.index = index;
      this.env = env;
    }

    /** Environment 0 keeps the single-environment names, so one-environment checkpoints read as before. */
    String key(String name) {
      return index == 0 ? name : name + "." + index;
    }

    String actionsFile() {
      return index == 0 ? "episode_actions.bin" : "episode_actions." + index + ".bin";
    }

    void record(Step<O> outcome) {
      episodicReturn += outcome.reward();
      length++;
      terms.add(outcome);
    }

    void startEpisode() {
      episodeSeeded = false;
      episodeRandom = env.randomState();
      episodeDone = false;
      episodicReturn = 0;
      length = 0;
      terms.clear();
      actions.clear();
      observation = env.reset().observation();
    }

    void writeState(StateFile state) {
      state.put(key("episode_done"), episodeDone ? 1 : 0)
          .put(key("episode_seeded"), episodeSeeded && !episodeDone ? 1 : 0);
      // Where the next reset() starts from: before the episode in progress, or now if it has ended.
      Optional<SplitMix.State> envRandom = episodeDone ? env.randomState() : episodeRandom;
      envRandom.ifPresent(random -> state.put(key("env_random"), random));
    }

    void readState(StateFile state, Path stateFile) throws IOException {
      episodeDone = state.getLong(key("episode_done"), 0) == 1;
      episodeSeeded = state.getLong(key("episode_seeded"), 0) == 1;
      if (episodeDone || !episodeSeeded) {
        if (!state.keys().contains(key("env_random"))) {
          throw new IOException(stateFile + ": environment " + index + " did not expose its random state "
              + "(Environment.randomState), so this run cannot be resumed");
        }
        episodeRandom = Optional.of(state.getRandom(key("env_random")));
      }
    }

    /** Brings the environment to the checkpointed point of its episode in progress, without the agent. */
    @SuppressWarnings("unchecked")
    void recreate(List<Object> replay, Path file) throws IOException {
      if (episodeDone) {
        env.restoreRandomState(episodeRandom.orElseThrow());
        startEpisode();
        return;
      }
      if (episodeSeeded) {
        observation = env.reset(info.seeds().env() + index).observation();
      } else {
        env.restoreRandomState(episodeRandom.orElseThrow());
        observation = env.reset().observation();
      }
      for (int t = 0; t < replay.size(); t++) {
        A action = (A) replay.get(t);
        Step<O> outcome = env.step(action);
        actions.add(action);
        record(outcome);
        if (outcome.done()) {
          throw new IOException(file + ": the episode in progress ended after replaying " + (t + 1) + " of "
              + replay.size() + " actions; the checkpoint does not match this environment");
        }
        observation = outcome.observation();
      }
    }
  }
}
