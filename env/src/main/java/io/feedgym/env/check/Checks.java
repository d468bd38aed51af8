package io.feedgym.env.check;

import io.feedgym.env.Environment;
import io.feedgym.env.MaskedObservation;
import io.feedgym.env.Reset;
import io.feedgym.env.Step;
import io.feedgym.env.spaces.Discrete;
import io.feedgym.env.spaces.Slate;
import io.feedgym.env.spaces.Space;
import io.feedgym.random.SplitMix;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/** The implementation of every {@link EnvCheck} on one environment. Not thread-safe. */
final class Checks<O, A> {
  private static final int MAX_VALUE_CHARS = 200;
  private static final int SEEDS_TRIED = 5;
  private static final int STEPS_BETWEEN_RESETS = 5;

  private final Environment<O, A> env;
  private final CheckerConfig config;
  private final long seed;

  Checks(Environment<O, A> env, CheckerConfig config) {
    this.env = Objects.requireNonNull(env, "env");
    this.config = Objects.requireNonNull(config, "config");
    this.seed = config.seed();
  }

  /** Runs {@code check}; an unexpected exception from the environment fails it with its type and message. */
  CheckResult run(EnvCheck check) {
    try {
      return switch (check) {
        case SPACES -> spaces();
        case RESET -> reset();
        case STEP -> step();
        case RESET_DETERMINISM -> resetDeterminism();
        case TRAJECTORY_DETERMINISM -> trajectoryDeterminism();
        case SEED_SENSITIVITY -> seedSensitivity();
        case RANDOM_STATE -> randomState();
        case STEP_AFTER_DONE -> stepAfterDone();
        case INVALID_ACTION -> invalidAction();
        case CLOSE_TWICE -> closeTwice();
      };
    } catch (Failure f) {
      return CheckResult.fail(check, f.getMessage());
    } catch (RuntimeException e) {
      return CheckResult.fail(check, "unexpected " + describe(e));
    }
  }

  private CheckResult spaces() {
    List<String> problems = new ArrayList<>();
    spaceProblems("observation space", env.observationSpace(), problems);
    spaceProblems("action space", env.actionSpace(), problems);
    return problems.isEmpty()
        ? CheckResult.pass(EnvCheck.SPACES, "observation space " + env.observationSpace() + ", action space "
            + env.actionSpace())
        : CheckResult.fail(EnvCheck.SPACES, String.join("; ", problems));
  }

  private <T> void spaceProblems(String label, Space<T> space, List<String> problems) {
    if (space == null) {
      problems.add(label + " is null");
      return;
    }
    String text = space.toString();
    if (text == null || text.isBlank()) {
      problems.add(label + " has a blank toString");
    } else if (text.matches(".*@[0-9a-f]+")) {
      problems.add(label + " toString '" + text + "' is Object's default; override toString");
    }
    T sample = space.sample(new SplittableRandom(seed));
    if (!space.contains(sample)) {
      problems.add(label + " " + text + " does not contain its own sample " + shorten(space.describe(sample)));
    }
  }

  private CheckResult reset() {
    requireInSpace("the observation of reset(" + seed + ")", resetSeeded(seed).observation());
    requireInSpace("the observation of reset() after reset(" + seed + ")", resetUnseeded().observation());
    return CheckResult.pass(EnvCheck.RESET, "reset(" + seed + ") and reset() observations lie in "
        + env.observationSpace());
  }

  private CheckResult step() {
    SplittableRandom random = new SplittableRandom(seed);
    int steps = 0;
    for (int episode = 0; episode < config.episodes(); episode++) {
      O observation = (episode == 0 ? resetSeeded(seed) : resetUnseeded()).observation();
      for (int t = 0; t < config.maxEpisodeSteps(); t++) {
        String where = "episode " + episode + " step " + t;
        Step<O> step = step(sample(observation, random), where);
        requireInSpace("the observation at " + where, step.observation());
        if (!Double.isFinite(step.reward())) {
          throw new Failure("the reward at " + where + " is " + step.reward() + "; rewards must be finite");
        }
        steps++;
        observation = step.observation();
        if (step.done()) {
          break;
        }
      }
    }
    return CheckResult.pass(EnvCheck.STEP, steps + " steps over " + config.episodes()
        + " episodes returned observations in the space and finite rewards");
  }

  private CheckResult resetDeterminism() {
    O first = resetSeeded(seed).observation();
    SplittableRandom random = new SplittableRandom(seed);
    O observation = first;
    for (int t = 0; t < STEPS_BETWEEN_RESETS; t++) {
      Step<O> step = step(sample(observation, random), "step " + t);
      observation = step.observation();
      if (step.done()) {
        break;
      }
    }
    O second = resetSeeded(seed).observation();
    if (!DeepEquals.equal(first, second)) {
      return CheckResult.fail(EnvCheck.RESET_DETERMINISM, "two reset(" + seed + ") calls returned different "
          + "observations, " + describe(first) + " and " + describe(second)
          + "; the same seed must give the same observation");
    }
    return CheckResult.pass(EnvCheck.RESET_DETERMINISM, "two reset(" + seed + ") calls returned equal observations");
  }

  private CheckResult trajectoryDeterminism() {
    List<Event<O>> first = rollout(seed, config.episodes());
    List<Event<O>> second = rollout(seed, config.episodes());
    Optional<String> difference = firstDifference(first, second);
    if (difference.isPresent()) {
      return CheckResult.fail(EnvCheck.TRAJECTORY_DETERMINISM, "two rollouts with seed " + seed
          + " and the same actions differ at " + difference.get());
    }
    return CheckResult.pass(EnvCheck.TRAJECTORY_DETERMINISM, "two rollouts of " + first.size()
        + " events with seed " + seed + " were identical");
  }

  private CheckResult seedSensitivity() {
    List<Event<O>> base = rollout(seed, 1);
    for (int i = 1; i < SEEDS_TRIED; i++) {
      if (firstDifference(base, rollout(seed + i, 1)).isPresent()) {
        return CheckResult.pass(EnvCheck.SEED_SENSITIVITY, "seeds " + seed + " and " + (seed + i)
            + " give different trajectories");
      }
    }
    return CheckResult.warn(EnvCheck.SEED_SENSITIVITY, "rollouts with seeds " + seed + " to "
        + (seed + SEEDS_TRIED - 1) + " were identical; the environment ignores its seed or has no randomness");
  }

  private CheckResult stepAfterDone() {
    SplittableRandom random = new SplittableRandom(seed);
    O observation = resetSeeded(seed).observation();
    for (int t = 0; t < config.maxEpisodeSteps(); t++) {
      A action = sample(observation, random);
      Step<O> step = step(action, "step " + t);
      observation = step.observation();
      if (step.done()) {
        String ending = (step.terminated() ? "terminated" : "truncated") + " at step " + t;
        try {
          env.step(action);
        } catch (IllegalStateException e) {
          return CheckResult.pass(EnvCheck.STEP_AFTER_DONE, "step() after the episode " + ending
              + " threw IllegalStateException: " + e.getMessage());
        } catch (RuntimeException e) {
          return CheckResult.fail(EnvCheck.STEP_AFTER_DONE, "step() after the episode " + ending + " threw "
              + describe(e) + " instead of IllegalStateException");
        }
        return CheckResult.fail(EnvCheck.STEP_AFTER_DONE, "step() after the episode " + ending
            + " was accepted; it must throw IllegalStateException until reset() is called");
      }
    }
    return CheckResult.warn(EnvCheck.STEP_AFTER_DONE, "no episode ended within " + config.maxEpisodeSteps()
        + " steps; stepping after the end was not tested");
  }

  @SuppressWarnings("unchecked")
  private CheckResult invalidAction() {
    Space<A> space = env.actionSpace();
    Optional<Object> outside = InvalidActions.outside(space);
    if (outside.isEmpty()) {
      return CheckResult.warn(EnvCheck.INVALID_ACTION, "cannot build an action outside " + space
          + "; the check knows Discrete, MultiDiscrete, Slate and Box");
    }
    A action = (A) outside.get();
    String label = "action " + shorten(space.describe(action)) + " outside " + space;
    if (space.contains(action)) {
      return CheckResult.fail(EnvCheck.INVALID_ACTION, "the action space " + space + " claims to contain "
          + shorten(space.describe(action)));
    }
    resetSeeded(seed);
    try {
      env.step(action);
    } catch (IllegalArgumentException e) {
      return CheckResult.pass(EnvCheck.INVALID_ACTION, label + " threw IllegalArgumentException: " + e.getMessage());
    } catch (RuntimeException e) {
      return CheckResult.fail(EnvCheck.INVALID_ACTION, label + " threw " + describe(e)
          + " instead of IllegalArgumentException");
    }
    return CheckResult.fail(EnvCheck.INVALID_ACTION, label + " was accepted; it must throw IllegalArgumentException");
  }

  private CheckResult closeTwice() {
    try {
      env.close();
      env.close();
    } catch (RuntimeException e) {
      return CheckResult.fail(EnvCheck.CLOSE_TWICE, "close() threw " + describe(e)
          + "; closing twice must have no further effect");
    }
    return CheckResult.pass(EnvCheck.CLOSE_TWICE, "close() twice did not throw");
  }

  /** Resets and steps from {@code seed} with actions sampled from the checker's seed, recording every event. */
  private List<Event<O>> rollout(long envSeed, int episodes) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Event<O>> events = new ArrayList<>();
    Reset<O> first = resetSeeded(envSeed);
    for (int episode = 0; episode < episodes; episode++) {
      O observation = episode == 0 ? first.observation() : resetUnseeded().observation();
      play(observation, random, "episode " + episode, events);
    }
    return events;
  }

  /** Plays one episode from {@code observation} with actions drawn from {@code random}, appending its events. */
  private void play(O observation, SplittableRandom random, String episode, List<Event<O>> events) {
    events.add(new Event<>("the reset of " + episode, observation, 0, false, false));
    for (int t = 0; t < config.maxEpisodeSteps(); t++) {
      String where = episode + " step " + t;
      Step<O> step = step(sample(observation, random), where);
      observation = step.observation();
      events.add(new Event<>(where, observation, step.reward(), step.terminated(), step.truncated()));
      if (step.done()) {
        break;
      }
    }
  }

  private CheckResult randomState() {
    resetSeeded(seed);
    Optional<SplitMix.State> state = env.randomState();
    if (state.isEmpty()) {
      return CheckResult.warn(EnvCheck.RANDOM_STATE, "randomState() is empty: training runs on this environment "
          + "cannot be resumed from a checkpoint");
    }
    List<Event<O>> first = new ArrayList<>();
    play(resetUnseeded().observation(), new SplittableRandom(seed), "episode after reset()", first);
    env.restoreRandomState(state.get());
    List<Event<O>> second = new ArrayList<>();
    play(resetUnseeded().observation(), new SplittableRandom(seed), "episode after reset()", second);
    Optional<String> difference = firstDifference(first, second);
    if (difference.isPresent()) {
      return CheckResult.fail(EnvCheck.RANDOM_STATE, "reset() after restoreRandomState(randomState()) gave another "
          + "episode, differing at " + difference.get());
    }
    return CheckResult.pass(EnvCheck.RANDOM_STATE, "restoring the random state replayed an episode of "
        + first.size() + " events exactly");
  }

  private Optional<String> firstDifference(List<Event<O>> a, List<Event<O>> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      Event<O> x = a.get(i);
      Event<O> y = b.get(i);
      if (!DeepEquals.equal(x.observation(), y.observation())) {
        return Optional.of(x.where() + ": observation " + describe(x.observation()) + " vs " + describe(y.observation()));
      }
      if (Double.compare(x.reward(), y.reward()) != 0) {
        return Optional.of(x.where() + ": reward " + x.reward() + " vs " + y.reward());
      }
      if (x.terminated() != y.terminated() || x.truncated() != y.truncated()) {
        return Optional.of(x.where() + ": terminated/truncated " + x.terminated() + "/" + x.truncated() + " vs "
            + y.terminated() + "/" + y.truncated());
      }
    }
    if (a.size() != b.size()) {
      return Optional.of("their lengths: " + a.size() + " vs " + b.size() + " events");
    }
    return Optional.empty();
  }

  /** A random action, drawn among the available ones when the observation carries a mask. */
  @SuppressWarnings("unchecked")
  private A sample(O observation, SplittableRandom random) {
    Space<A> space = env.actionSpace();
    if (observation instanceof MaskedObservation masked) {
      if (space instanceof Slate slate) {
        return (A) slate.sample(random, masked.mask());
      }
      if (space instanceof Discrete discrete) {
        return (A) Integer.valueOf(discrete.sample(random, masked.mask()));
      }
    }
    return space.sample(random);
  }

  private Reset<O> resetSeeded(long envSeed) {
    return nonNull(env.reset(envSeed), "reset(" + envSeed + ")");
  }

  private Reset<O> resetUnseeded() {
    return nonNull(env.reset(), "reset()");
  }

  private Reset<O> nonNull(Reset<O> reset, String call) {
    if (reset == null) {
      throw new Failure(call + " returned null");
    }
    return reset;
  }

  private Step<O> step(A action, String where) {
    Step<O> step = env.step(action);
    if (step == null) {
      throw new Failure("step() returned null at " + where);
    }
    return step;
  }

  private void requireInSpace(String what, O observation) {
    if (!env.observationSpace().contains(observation)) {
      throw new Failure(what + ", " + describe(observation) + ", is not in " + env.observationSpace());
    }
  }

  private String describe(O observation) {
    return shorten(env.observationSpace().describe(observation));
  }

  private static String describe(RuntimeException e) {
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  private static String shorten(String text) {
    return text.length() <= MAX_VALUE_CHARS ? text : text.substring(0, MAX_VALUE_CHARS) + "...";
  }

  /** One reset or step of a rollout. */
  private record Event<T>(String where, T observation, double reward, boolean terminated, boolean truncated) {}

  /** A check failure with its message, thrown by the helpers and turned into a result by {@link #run}. */
  private static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Failure(String message) {
      super(message, null, false, false);
    }
  }
}
