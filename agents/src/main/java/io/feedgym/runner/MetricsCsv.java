package io.feedgym.runner;

import com.google.common.collect.ImmutableMap;
import io.feedgym.io.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the run's metrics to a CSV file with columns {@code step,name,value}:
 * {@code charts/episodic_return}, {@code charts/episodic_length}, {@code charts/eval_return}, each
 * reward term's episodic sum under the term's name (e.g. {@code reward/clicks}) and the agent's update
 * metrics (e.g. {@code losses/td_loss}), each of the latter at most once per
 * {@code updateEvery} steps (its first value at or after each multiple). No wall-clock values, so the
 * same seed gives a byte-identical file. The file is rewritten atomically every {@link #FLUSH_EVERY}
 * steps and at the end.
 */
public final class MetricsCsv implements RunListener {
  /** Steps between rewrites of the file during the run. */
  public static final long FLUSH_EVERY = 10_000;

  private final Path file;
  private final long updateEvery;
  private final StringBuilder rows = new StringBuilder("step,name,value\n");
  private final Map<String, Long> nextUpdateRow = new HashMap<>();

  /** Writes to {@code file}, keeping each update metric at most once per {@code updateEvery} (positive) steps. */
  public MetricsCsv(Path file, long updateEvery) {
    if (updateEvery <= 0) {
      throw new IllegalArgumentException("update metrics interval must be positive, found " + updateEvery);
    }
    this.file = file;
    this.updateEvery = updateEvery;
  }

  @Override
  public void onStep(long step, Map<String, Double> updateMetrics) {
    new TreeMap<>(updateMetrics).forEach((name, value) -> {
      if (step >= nextUpdateRow.getOrDefault(name, 0L)) {
        row(step, name, value);
        nextUpdateRow.put(name, (step / updateEvery + 1) * updateEvery);
      }
    });
    if (step % FLUSH_EVERY == 0) {
      flush();
    }
  }

  @Override
  public void onEpisode(long step, double episodicReturn, int length) {
    row(step, "charts/episodic_return", episodicReturn);
    row(step, "charts/episodic_length", length);
  }

  @Override
  public void onRewardTerms(long step, ImmutableMap<String, Double> sums) {
    sums.forEach((name, sum) -> row(step, name, sum));
  }

  @Override
  public void onEvaluation(long step, EvalResult result) {
    row(step, "charts/eval_return", result.meanReturn());
  }

  @Override
  public void onEnd(RunResult result) {
    flush();
  }

  private void row(long step, String name, double value) {
    rows.append(step).append(',').append(name).append(',').append(value).append('\n');
  }

  private void flush() {
    try {
      AtomicFiles.writeString(file, rows.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
