package io.feedgym.runner;

import io.feedgym.io.AtomicFiles;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Plots the learning curve — episodic return and evaluation return against environment steps — to a
 * PNG file (XChart), written atomically when the run ends. Works on headless machines. Checkpoints keep
 * the points so far, so a resumed run plots the whole curve.
 */
public final class LearningCurvePlot implements RunListener {
  private static final int WIDTH = 900;
  private static final int HEIGHT = 540;
  private static final Color EVAL_COLOR = new Color(220, 90, 40);
  private static final String POINTS_FILE = "learning_curve_points.csv";

  private final Path file;
  private final List<double[]> episodes = new ArrayList<>();
  private final List<double[]> evaluations = new ArrayList<>();
  private String title = "learning curve";

  /** Plots to {@code file} (a {@code .png}). */
  public LearningCurvePlot(Path file) {
    this.file = file;
  }

  @Override
  public void onStart(RunInfo info, RunEvents events) {
    title = info.envId() + " · " + info.agentId() + " · seed " + info.seeds().run();
  }

  @Override
  public void onEpisode(long step, double episodicReturn, int length) {
    episodes.add(new double[] {step, episodicReturn});
  }

  @Override
  public void onEvaluation(long step, EvalResult result) {
    evaluations.add(new double[] {step, result.meanReturn()});
  }

  @Override
  public void save(Path dir, long step) throws IOException {
    StringBuilder text = new StringBuilder("series,step,return\n");
    episodes.forEach(p -> text.append("episode,").append((long) p[0]).append(',').append(p[1]).append('\n'));
    evaluations.forEach(p -> text.append("eval,").append((long) p[0]).append(',').append(p[1]).append('\n'));
    AtomicFiles.writeString(dir.resolve(POINTS_FILE), text.toString());
  }

  @Override
  public void restore(Path dir, long step) throws IOException {
    Path file = dir.resolve(POINTS_FILE);
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (NoSuchFileException e) {
      throw new IOException(file + ": checkpoint file is missing", e);
    }
    List<double[]> savedEpisodes = new ArrayList<>();
    List<double[]> savedEvaluations = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String[] fields = lines.get(i).split(",", -1);
      try {
        double[] point = {Long.parseLong(fields[1]), Double.parseDouble(fields[2])};
        switch (fields[0]) {
          case "episode" -> savedEpisodes.add(point);
          case "eval" -> savedEvaluations.add(point);
          default -> throw new IOException(file + ": line " + (i + 1) + ": field 'series' must be episode or eval, "
              + "found '" + fields[0] + "'");
        }
      } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
        throw new IOException(file + ": line " + (i + 1) + ": expected series,step,return, found '" + lines.get(i)
            + "'", e);
      }
    }
    episodes.clear();
    episodes.addAll(savedEpisodes);
    evaluations.clear();
    evaluations.addAll(savedEvaluations);
  }

  @Override
  public void onEnd(RunResult result) {
    XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
        .xAxisTitle("environment step").yAxisTitle("return").build();
    chart.getStyler().setChartBackgroundColor(Color.WHITE).setLegendVisible(true);
    if (!episodes.isEmpty()) {
      XYSeries series = chart.addSeries("charts/episodic_return", column(episodes, 0), column(episodes, 1));
      series.setMarker(SeriesMarkers.NONE);
      series.setLineColor(new Color(120, 160, 220));
    }
    if (!evaluations.isEmpty()) {
      XYSeries series = chart.addSeries("charts/eval_return", column(evaluations, 0), column(evaluations, 1));
      series.setMarker(SeriesMarkers.CIRCLE);
      series.setLineColor(EVAL_COLOR);
      series.setMarkerColor(EVAL_COLOR);
    }
    try {
      byte[] png = BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
      AtomicFiles.write(file, out -> out.write(png));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static double[] column(List<double[]> points, int index) {
    return points.stream().mapToDouble(p -> p[index]).toArray();
  }
}
