package io.feedgym.runner;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;

/** A test listener that appends every call, prefixed by its name, to a shared log. */
class RecordingListener implements RunListener {
  private final String name;
  private final List<String> log;

  RecordingListener(String name, List<String> log) {
    this.name = name;
    this.log = log;
  }

  @Override
  public void onStart(RunInfo info, RunEvents events) {
    log.add(name + " start " + info.totalSteps());
  }

  @Override
  public void onStep(long step, Map<String, Double> updateMetrics) {
    log.add(name + " step " + step + (updateMetrics.isEmpty() ? "" : " metrics"));
  }

  @Override
  public void onEpisode(long step, double episodicReturn, int length) {
    log.add(name + " episode " + step + " " + episodicReturn + " " + length);
  }

  @Override
  public void onRewardTerms(long step, ImmutableMap<String, Double> sums) {
    log.add(name + " terms " + step + " " + sums);
  }

  @Override
  public void onEvaluation(long step, EvalResult result) {
    log.add(name + " eval " + step + " " + result.meanReturn());
  }

  @Override
  public void onEnd(RunResult result) {
    log.add(name + " end " + result.steps() + " " + result.episodes() + " " + result.stoppedEarly());
  }
}
