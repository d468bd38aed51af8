package io.feedgym.runner;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Logs steps, update metrics with their values, episodes and evaluations. */
record DetailedLog(List<String> log) implements RunListener {
  @Override
  public void onStep(long step, Map<String, Double> updateMetrics) {
    log.add("step " + step);
    if (!updateMetrics.isEmpty()) {
      log.add("metrics " + new TreeMap<>(updateMetrics));
    }
  }

  @Override
  public void onEpisode(long step, double episodicReturn, int length) {
    log.add("episode " + step + " " + episodicReturn + " " + length);
  }

  @Override
  public void onEvaluation(long step, EvalResult result) {
    log.add("eval " + step + " " + result.meanReturn());
  }

  @Override
  public void onEnd(RunResult result) {
    log.add("end " + result.steps() + " " + result.episodes());
  }
}
