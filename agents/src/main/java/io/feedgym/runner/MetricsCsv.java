package io.feedgym.runner;

import com.google.common.collect.ImmutableMap;
import io.feedgym.io.AtomicFiles;
import io.feedgym.io.StateFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
 * steps and at the end. A checkpoint keeps the rows written so far, so a resumed run writes the same file
 * as an uninterrupted one.
 */
public final class MetricsCsv implements RunListener {
  private static final String ROWS_FILE = "metrics.csv";
  private static final String STATE_FILE = "metrics_state.properties";

  /** Steps between rewrites of the file during the run. */
  public static final long FLUSH_EVERY = 10_000;

  private final Path file;
  private final long updateEvery;
  private final StringBuilder rows = new StringBuilder("step,name,value\n");
  private final Map<String, Long> nextUpdateRow = new HashMap<>();
  private long lastStep;

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
    // Steps advance by the number of lock-step environments, so flush when a multiple is crossed.
    if (step / FLUSH_EVERY > lastStep / FLUSH_EVERY) {
      flush();
    }
    lastStep = step;
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

  @Override
  public void save(Path dir, long step) throws IOException {
    AtomicFiles.writeString(dir.resolve(ROWS_FILE), rows.toString());
    StateFile state = StateFile.create(dir.resolve(STATE_FILE));
    new TreeMap<>(nextUpdateRow).forEach(state::put);
    state.write("next step at which each update metric gets a row");
  }

  @Override
  public void restore(Path dir, long step) throws IOException {
    Path saved = dir.resolve(ROWS_FILE);
    String text;
    try {
      text = Files.readString(saved, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new IOException(saved + ": checkpoint file is missing", e);
    }
    if (!text.startsWith("step,name,value\n")) {
      throw new IOException(saved + ": line 1 must be the header 'step,name,value'");
    }
    StateFile state = StateFile.read(dir.resolve(STATE_FILE));
    Map<String, Long> next = new HashMap<>();
    for (String name : state.keys()) {
      next.put(name, state.getLong(name, 0));
    }
    rows.setLength(0);
    rows.append(text);
    nextUpdateRow.clear();
    nextUpdateRow.putAll(next);
    lastStep = step;
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
