package io.feedgym.runner;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.feedgym.env.Environment;
import io.feedgym.env.Step;
import io.feedgym.policies.Agent;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one training loop shared by every agent, as in CleanRL: the environment starts from
 * {@code reset(seeds.env())} and each later episode from {@code reset()}, which continues the
 * environment's seeded random stream (Gymnasium's convention), so the same seeds give the same run.
 * Each step is {@code agent.act}, {@code env.step}, {@code agent.observe}; episodic return, length and
 * the sums of the reward terms the steps carry are accumulated over terminated and truncated episodes
 * alike. Listeners see every step, episode and
 * the end, and may stop the run early. Not thread-safe; the caller owns and closes the environment.
 *
 * @param <O> observation type
 * @param <A> action type
 */
public final class Runner<O, A> {
  private final Environment<O, A> env;
  private final Agent<O, A> agent;
  private final RunInfo info;
  private final ImmutableList<RunListener> listeners;

  /** A runner of {@code agent} on {@code env} for {@code info.totalSteps()} steps, notifying {@code listeners} in order. */
  public Runner(Environment<O, A> env, Agent<O, A> agent, RunInfo info, List<? extends RunListener> listeners) {
    this.env = Objects.requireNonNull(env, "env");
    this.agent = Objects.requireNonNull(agent, "agent");
    this.info = Objects.requireNonNull(info, "info");
    this.listeners = ImmutableList.copyOf(listeners);
  }

  /** Trains until the planned steps are taken or a listener asks to stop; returns how the run ended. */
  public RunResult run() {
    RunEvents events = (step, result) -> listeners.forEach(l -> l.onEvaluation(step, result));
    listeners.forEach(l -> l.onStart(info, events));
    long start = System.nanoTime();
    O observation = env.reset(info.seeds().env()).observation();
    double episodicReturn = 0;
    int length = 0;
    RewardTermSums terms = new RewardTermSums();
    long episodes = 0;
    long step = 0;
    boolean stopped = false;
    while (step < info.totalSteps() && !stopped) {
      A action = agent.act(observation);
      Step<O> outcome = env.step(action);
      Map<String, Double> metrics = agent.observe(observation, action, outcome);
      step++;
      episodicReturn += outcome.reward();
      length++;
      terms.add(outcome);
      for (RunListener listener : listeners) {
        listener.onStep(step, metrics);
      }
      if (outcome.done()) {
        episodes++;
        ImmutableMap<String, Double> termSums = terms.sums();
        for (RunListener listener : listeners) {
          listener.onEpisode(step, episodicReturn, length);
          if (!termSums.isEmpty()) {
            listener.onRewardTerms(step, termSums);
          }
        }
        episodicReturn = 0;
        length = 0;
        terms.clear();
      }
      stopped = listeners.stream().anyMatch(RunListener::stopRequested);
      if (outcome.done() && step < info.totalSteps() && !stopped) {
        observation = env.reset().observation();
      } else {
        observation = outcome.observation();
      }
    }
    RunResult result = new RunResult(step, episodes, stopped && step < info.totalSteps(),
        (System.nanoTime() - start) / 1e9);
    listeners.forEach(l -> l.onEnd(result));
    return result;
  }
}
