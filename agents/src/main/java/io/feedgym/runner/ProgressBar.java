package io.feedgym.runner;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import me.tongfei.progressbar.ProgressState;

/**
 * Shows the run's progress (steps done of planned, elapsed time, steps per second, last episodic and
 * eval return) with the {@code me.tongfei} progress bar: redrawn in place on a terminal, or as a plain
 * line every {@link #LINE_INTERVAL_MILLIS} ms when the output is a file or a pipe.
 */
public final class ProgressBar implements RunListener {
  /** Milliseconds between progress lines in {@link Display#LINES} mode. */
  public static final int LINE_INTERVAL_MILLIS = 10_000;
  private static final int LINE_WIDTH = 160;
  private static final int INTERACTIVE_INTERVAL_MILLIS = 250;

  /** How the progress is drawn. */
  public enum Display {
    /** Redrawn in place with carriage returns, for terminals. */
    INTERACTIVE,
    /** One plain ASCII line per update, for log files and pipes. */
    LINES;

    /** {@link #INTERACTIVE} when standard error is a terminal (as far as the JVM can tell), else {@link #LINES}. */
    public static Display forStandardError() {
      try {
        String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") ? INTERACTIVE : LINES;
      } catch (IOException | UnsupportedOperationException e) {
        return System.console() != null ? INTERACTIVE : LINES;
      }
    }
  }

  private final PrintStream out;
  private final Display display;
  private me.tongfei.progressbar.ProgressBar bar;
  private String lastReturn = "-";
  private String lastEval = "-";
  private String lastLine = "";
  private long startStep;

  /** Draws on {@code out} in the given display mode. */
  public ProgressBar(PrintStream out, Display display) {
    this.out = Objects.requireNonNull(out, "out");
    this.display = Objects.requireNonNull(display, "display");
  }

  /** Draws on standard error, in place when it is a terminal. */
  public static ProgressBar onStandardError() {
    return new ProgressBar(System.err, Display.forStandardError());
  }

  @Override
  public void onStart(RunInfo info, RunEvents events) {
    ProgressBarBuilder builder = new ProgressBarBuilder()
        .setTaskName(info.agentId())
        .setInitialMax(info.totalSteps())
        .startsFrom(startStep, java.time.Duration.ZERO);
    if (display == Display.INTERACTIVE) {
      builder.showSpeed(new DecimalFormat("0"))
          .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
          .setUpdateIntervalMillis(INTERACTIVE_INTERVAL_MILLIS)
          .setConsumer(new ConsoleProgressBarConsumer(out));
    } else {
      builder.setRenderer(ProgressBar::line)
          .setUpdateIntervalMillis(LINE_INTERVAL_MILLIS)
          .setConsumer(new DelegatingProgressBarConsumer(this::printChangedLine, LINE_WIDTH));
    }
    bar = builder.build();
    bar.setExtraMessage(message());
  }

  @Override
  public void restore(Path dir, long step) {
    startStep = step;
  }

  @Override
  public void onStep(long step, Map<String, Double> updateMetrics) {
    bar.stepTo(step);
  }

  @Override
  public void onEpisode(long step, double episodicReturn, int length) {
    lastReturn = String.format(Locale.ROOT, "%.1f", episodicReturn);
    bar.setExtraMessage(message());
  }

  @Override
  public void onEvaluation(long step, EvalResult result) {
    lastEval = String.format(Locale.ROOT, "%.1f", result.meanReturn());
    bar.setExtraMessage(message());
  }

  @Override
  public void onEnd(RunResult result) {
    bar.close();
  }

  private String message() {
    return " return " + lastReturn + " eval " + lastEval;
  }

  /** A plain progress line: {@code dqn 1869/5000 steps (37%), 0:00:10, 187 steps/s, return 12.0 eval -}. */
  private static String line(ProgressState state, int maxLength) {
    long seconds = state.getElapsedAfterStart().toSeconds();
    long done = state.getCurrent() - state.getStart();
    String speed = seconds > 0 ? String.format(Locale.ROOT, "%.0f", (double) done / seconds) : "?";
    return String.format(Locale.ROOT, "%s %d/%d steps (%.0f%%), %d:%02d:%02d, %s steps/s,%s", state.getTaskName(),
        state.getCurrent(), state.getMax(), 100.0 * state.getCurrent() / state.getMax(), seconds / 3600,
        seconds / 60 % 60, seconds % 60, speed, state.getExtraMessage());
  }

  /** Prints a progress line unless it repeats the previous one (the bar redraws itself when closed). */
  private void printChangedLine(String line) {
    if (!line.equals(lastLine)) {
      out.println(line);
      lastLine = line;
    }
  }
}
