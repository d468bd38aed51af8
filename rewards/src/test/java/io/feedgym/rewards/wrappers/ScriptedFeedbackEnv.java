package io.feedgym.rewards.wrappers;

import io.feedgym.env.Environment;
import io.feedgym.env.Reset;
import io.feedgym.env.Step;
import io.feedgym.env.feedback.Feedback;
import io.feedgym.env.spaces.Discrete;
import io.feedgym.env.spaces.Space;
import java.util.List;
import java.util.Map;

/**
 * A test environment that serves scripted pages: step {@code t} (from 1) publishes the {@code t}-th
 * feedback, observes {@code t} and pays a native reward of {@code 10 · t}; the episode terminates after
 * the last page.
 */
final class ScriptedFeedbackEnv implements Environment<Integer, Integer> {
  private final List<Feedback> pages;
  private int t;

  ScriptedFeedbackEnv(Feedback... pages) {
    this.pages = List.of(pages);
  }

  @Override
  public Space<Integer> observationSpace() {
    return new Discrete(pages.size() + 1);
  }

  @Override
  public Space<Integer> actionSpace() {
    return new Discrete(2);
  }

  @Override
  public Reset<Integer> reset(long seed) {
    return reset();
  }

  @Override
  public Reset<Integer> reset() {
    t = 0;
    return Reset.of(0);
  }

  @Override
  public Step<Integer> step(Integer action) {
    t++;
    return Step.of(t, 10.0 * t, t == pages.size(), false, Map.of(Feedback.INFO_KEY, pages.get(t - 1)));
  }

  @Override
  public void close() {}
}
