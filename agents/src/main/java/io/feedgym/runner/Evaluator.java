package io.feedgym.runner;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import io.feedgym.env.Environment;
import io.feedgym.env.Step;
import io.feedgym.policies.Policy;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a policy for a fixed number of episodes with fixed seeds: episode {@code i} starts from
 * {@code reset(seed + i)}, so the same policy always meets the same episodes. Besides returns and
 * lengths it summarises the steps' {@link io.feedgym.env.feedback.Feedback} and reward terms, where
 * present ({@link EvalResult}). Episodes can also be played one at a time ({@link #play}), anywhere, and
 * summarised together ({@link #summarize}) with the same result. Stateless and thread-safe; the environment
 * it is given is not.
 *
 * @param episodes episodes per evaluation, positive
 * @param seed the reset seed of the first episode
 */
public record Evaluator(int episodes, long seed) {

  public Evaluator {
    if (episodes <= 0) {
      throw new IllegalArgumentException("eval episodes must be positive, found " + episodes);
    }
  }

  /** Plays {@link #episodes()} full episodes of {@code policy} on {@code env} and summarises them. */
  public <O, A> EvalResult evaluate(Environment<O, A> env, Policy<O, A> policy) {
    List<EvaluatedEpisode> played = new ArrayList<>();
    for (int i = 0; i < episodes; i++) {
      played.add(play(env, policy, i));
    }
    return summarize(played);
  }

  /** Plays episode {@code i}, from {@code reset(seed + i)}, to its end. */
  public <O, A> EvaluatedEpisode play(Environment<O, A> env, Policy<O, A> policy, int i) {
    if (i < 0 || i >= episodes) {
      throw new IllegalArgumentException("episode must be in [0, " + episodes + "), found " + i);
    }
    double episodeReturn = 0;
    int length = 0;
    FeedbackTally feedback = new FeedbackTally();
    ImmutableList.Builder<ImmutableMap<String, Double>> terms = ImmutableList.builder();
    O observation = env.reset(seed + i).observation();
    Step<O> step;
    do {
      step = env.step(policy.act(observation));
      episodeReturn += step.reward();
      length++;
      feedback.add(step);
      RewardTermSums.breakdown(step).ifPresent(terms::add);
      observation = step.observation();
    } while (!step.done());
    return new EvaluatedEpisode(i, episodeReturn, length, feedback.pages, feedback.sessions(), feedback.clicks,
        feedback.purchases, feedback.impressions, feedback.stepsWithout, terms.build());
  }

  /** The statistics of {@code played}, episodes 0 to n − 1 in order, as {@link #evaluate} reports them. */
  public static EvalResult summarize(List<EvaluatedEpisode> played) {
    int n = played.size();
    double[] returns = new double[n];
    int[] lengths = new int[n];
    RewardTermSums terms = new RewardTermSums();
    for (int i = 0; i < n; i++) {
      EvaluatedEpisode episode = played.get(i);
      if (episode.index() != i) {
        throw new IllegalArgumentException("episodes must come in order 0, 1, ...; found episode "
            + episode.index() + " at " + i);
      }
      returns[i] = episode.episodeReturn();
      lengths[i] = episode.length();
      episode.stepTerms().forEach(terms::add);
    }
    return EvalResult.of(returns, lengths, FeedbackTally.metrics(played),
        ImmutableMap.copyOf(Maps.transformValues(terms.sums(), sum -> sum / n)));
  }
}
