package io.feedgym.runner;

import io.feedgym.env.Reset;
import io.feedgym.env.Step;
import io.feedgym.env.feedback.Feedback;
import io.feedgym.env.feedback.PositionFeedback;
import io.feedgym.env.wrappers.Wrapper;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link TinyEnv} as a recommender publishing {@link Feedback}: every step serves a page of 4 positions.
 * On page {@code t} (from 1) the first {@code t − 1 + action} positions are clicked, position 0 is also
 * purchased on the episode's last page when clicked, and the user leaves after page 2.
 */
final class PagesEnv extends Wrapper<Integer, Integer> {
  private static final int POSITIONS = 4;
  private int t;

  PagesEnv() {
    super(new TinyEnv());
  }

  @Override
  protected Reset<Integer> onReset(Reset<Integer> reset) {
    t = 0;
    return reset;
  }

  @Override
  public Step<Integer> step(Integer action) {
    Step<Integer> step = env.step(action);
    t++;
    int clicks = t - 1 + action;
    List<PositionFeedback> positions = new ArrayList<>();
    for (int i = 0; i < POSITIONS; i++) {
      boolean clicked = i < clicks;
      boolean purchased = clicked && i == 0 && step.terminated();
      positions.add(new PositionFeedback(i, i, i, 0, 0.0, clicked, clicked, purchased, 0.0, true));
    }
    return step.withInfo(Feedback.INFO_KEY, Feedback.of(t - 1, positions, t == 2));
  }
}
